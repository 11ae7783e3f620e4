import { inflect } from './inflect'

/**
 * Verbs that attribute speech, by inflected form → lemma. `SPEECH_VERBS` introduce quotes and
 * reported speech ("said", "noted", "told"); `THOUGHT_VERBS` attribute a view rather than words
 * ("believes", "thinks") and yield lower-confidence indirect quotes. Written for the project.
 */
export const SPEECH_VERBS: Map<string, string> = inflect(`
say says said saying|tell tells told telling|add adds added adding|note notes noted noting|
state states stated stating|claim claims claimed claiming|argue argues argued arguing|
insist insists insisted insisting|warn warns warned warning|explain explains explained explaining|
deny denies denied denying|suggest suggests suggested suggesting|acknowledge acknowledges acknowledged acknowledging|
announce announces announced announcing|report reports reported reporting|write writes wrote writing written|
assert asserts asserted asserting|contend contends contended contending|maintain maintains maintained maintaining|
predict predicts predicted predicting|urge urges urged urging|stress stresses stressed stressing|
emphasise emphasises emphasised emphasising|emphasize emphasizes emphasized emphasizing|
recall recalls recalled recalling|remind reminds reminded reminding|admit admits admitted admitting|
confirm confirms confirmed confirming|declare declares declared declaring|reply replies replied replying|
respond responds responded responding|answer answers answered answering|ask asks asked asking|
comment comments commented commenting|remark remarks remarked remarking|observe observes observed observing|
point points pointed pointing|continue continues continued continuing|conclude concludes concluded concluding|
complain complains complained complaining|concede concedes conceded conceding|allege alleges alleged alleging|
accuse accuses accused accusing|promise promises promised promising|pledge pledges pledged pledging|
vow vows vowed vowing|threaten threatens threatened threatening|tweet tweets tweeted tweeting|
post posts posted posting|testify testifies testified testifying|reveal reveals revealed revealing|
disclose discloses disclosed disclosing|indicate indicates indicated indicating|propose proposes proposed proposing|
recommend recommends recommended recommending|demand demands demanded demanding|call calls called calling|
describe describes described describing|mention mentions mentioned mentioning|caution cautions cautioned cautioning|
estimate estimates estimated estimating|boast boasts boasted boasting|joke jokes joked joking|quip quips quipped|
shout shouts shouted shouting|cry cries cried|whisper whispers whispered|scream screams screamed|
exclaim exclaims exclaimed|murmur murmurs murmured|reiterate reiterates reiterated reiterating|
repeat repeats repeated repeating|underline underlines underlined underlining|highlight highlights highlighted highlighting|
agree agrees agreed agreeing|counter counters countered countering|retort retorts retorted|
charge charges charged charging|assure assures assured assuring|inform informs informed informing|
announce|signal signals signaled signalled signaling signalling|hint hints hinted hinting|
specify specifies specified specifying|clarify clarifies clarified clarifying|brief briefs briefed briefing|
concur concurs concurred|protest protests protested protesting|lament laments lamented lamenting|
acknowledge|affirm affirms affirmed affirming|reaffirm reaffirms reaffirmed reaffirming|
dismiss dismisses dismissed dismissing|reject rejects rejected rejecting|criticise criticises criticised criticising|
criticize criticizes criticized criticizing|praise praises praised praising|condemn condemns condemned condemning|
welcome welcomes welcomed welcoming|blame blames blamed blaming|urge|appeal appeals appealed appealing|
offer offers offered offering|refuse refuses refused refusing|encourage encourages encouraged encouraging|
invite invites invited inviting|advise advises advised advising|instruct instructs instructed instructing|
order orders ordered ordering|press presses pressed pressing|implore implores implored imploring|
beg begs begged begging|challenge challenges challenged challenging|interject interjects interjected|muse muses mused|quote quotes quoted quoting|
question questions questioned questioning|wonder wonders wondered wondering|
speculate speculates speculated speculating|imply implies implied implying|insinuate insinuates insinuated insinuating|
posit posits posited positing|opine opines opined opining|theorize theorizes theorized theorizing|theorise theorises theorised theorising|
recount recounts recounted recounting|
`)

export const THOUGHT_VERBS: Map<string, string> = inflect(`
believe believes believed believing|think thinks thought thinking|feel feels felt feeling|
expect expects expected expecting|hope hopes hoped hoping|fear fears feared fearing|worry worries worried|
doubt doubts doubted doubting|know knows knew knowing|understand understands understood|
consider considers considered considering|find finds found|see sees saw|reckon reckons reckoned|
suspect suspects suspected suspecting|assume assumes assumed assuming|conclude|agree|
want wants wanted wanting|learn learns learned learnt|realize realizes realized|realise realises realised|
show shows showed shown|suggest|indicate|
`)
