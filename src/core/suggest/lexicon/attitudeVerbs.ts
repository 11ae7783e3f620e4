import { inflect } from './inflect'

/**
 * Verbs that attribute a stance, a wish or a judgement to someone, whose object is what the
 * attribution is about: "Sanders endorsed Clinton", "she praised the deal", "they want a
 * recount", "polls show a tight race", "he talked about the wall". Inflected form → lemma; the
 * lemma's entry in ATTITUDE_PARTICLES lists the prepositions it takes ("talk about", "call
 * for"). Speech verbs with an object ("rejected the plan") are listed here too. Written for the project.
 */
export const ATTITUDE_VERBS: Map<string, string> = inflect(`
endorse endorses endorsed endorsing|support supports supported supporting|back backs backed backing|
oppose opposes opposed opposing|criticize criticizes criticized criticizing|criticise criticises criticised criticising|
praise praises praised praising|applaud applauds applauded applauding|hail hails hailed hailing|
mock mocks mocked mocking|ridicule ridicules ridiculed ridiculing|slam slams slammed slamming|
blast blasts blasted blasting|attack attacks attacked attacking|denounce denounces denounced denouncing|
condemn condemns condemned condemning|reject rejects rejected rejecting|dismiss dismisses dismissed dismissing|
defend defends defended defending|blame blames blamed blaming|accuse accuses accused accusing|
want wants wanted wanting|love loves loved|hate hates hated|dislike dislikes disliked|
prefer prefers preferred preferring|favor favors favored favoring|favour favours favoured favouring|
fear fears feared fearing|hope hopes hoped hoping|see sees saw|view views viewed viewing|
know knows knew|trust trusts trusted|distrust distrusts distrusted|doubt doubts doubted doubting|
show shows showed shown showing|reveal reveals revealed revealing|find finds found finding|
seek seeks sought seeking|choose chooses chose chosen choosing|welcome welcomes welcomed welcoming|
question questions questioned questioning|challenge challenges challenged challenging|
discuss discusses discussed discussing|mention mentions mentioned mentioning|cite cites cited citing|
describe describes described describing|compare compares compared comparing|recommend recommends recommended recommending|
propose proposes proposed proposing|request requests requested requesting|demand demands demanded demanding|
promise promises promised promising|pledge pledges pledged pledging|offer offers offered offering|
tout touts touted touting|champion champions championed championing|embrace embraces embraced embracing|
predict predicts predicted predicting|expect expects expected expecting|estimate estimates estimated estimating|
acknowledge acknowledges acknowledged acknowledging|admit admits admitted admitting|deny denies denied denying|
announce announces announced announcing|confirm confirms confirmed confirming|emphasize emphasizes emphasized emphasizing|
emphasise emphasises emphasised emphasising|stress stresses stressed stressing|highlight highlights highlighted highlighting|
express expresses expressed expressing|voice voices voiced voicing|raise raises raised raising|
lament laments lamented lamenting|regret regrets regretted regretting|thank thanks thanked thanking|
congratulate congratulates congratulated congratulating|
talk talks talked talking|speak speaks spoke spoken speaking|comment comments commented commenting|
call calls called calling|ask asks asked asking|argue argues argued arguing|push pushes pushed pushing|
campaign campaigns campaigned campaigning|advocate advocates advocated advocating|lobby lobbies lobbied lobbying|
focus focuses focused focusing|insist insists insisted insisting|point points pointed pointing|
refer refers referred referring|respond responds responded responding|react reacts reacted reacting|
complain complains complained complaining|worry worries worried worrying|joke jokes joked joking|
boast boasts boasted boasting|brag brags bragged bragging|warn warns warned warning|agree agrees agreed agreeing|
disagree disagrees disagreed disagreeing|apologize apologizes apologized apologizing|apologise apologises apologised apologising|
testify testifies testified testifying|vote votes voted voting|suggest suggests suggested suggesting|
decline declines declined declining|refuse refuses refused refusing|plan plans planned planning|
intend intends intended intending|vow vows vowed vowing|threaten threatens threatened threatening|
side sides sided siding|label labels labeled labelled labeling labelling|dub dubs dubbed dubbing|
taunt taunts taunted taunting|deride derides derided deriding|lambast lambasts lambasted lambasting|
lambaste lambastes lambasted lambasting|berate berates berated berating|scold scolds scolded scolding|
rebuke rebukes rebuked rebuking|chide chides chided chiding|decry decries decried decrying|
deplore deplores deplored deploring|disparage disparages disparaged disparaging|insult insults insulted insulting|
assail assails assailed assailing|excoriate excoriates excoriated excoriating|vilify vilifies vilified vilifying|
demonize demonizes demonized demonizing|demonise demonises demonised demonising|belittle belittles belittled belittling|
downplay downplays downplayed downplaying|commend commends commended commending|laud lauds lauded lauding|
extol extols extolled extolling|fault faults faulted faulting|
rebuff rebuffs rebuffed rebuffing|spurn spurns spurned spurning|refute refutes refuted refuting|
rebut rebuts rebutted rebutting|dispute disputes disputed disputing|contest contests contested contesting|
portray portrays portrayed portraying|depict depicts depicted depicting|characterize characterizes characterized characterizing|
characterise characterises characterised characterising|liken likens likened likening|
urge urges urged urging|persuade persuades persuaded persuading|
convince convinces convinced convincing|wonder wonders wondered wondering|query queries queried querying|
illustrate illustrates illustrated illustrating|outline outlines outlined outlining|unveil unveils unveiled unveiling|
echo echoes echoed echoing|underscore underscores underscored underscoring|tout|accept accepts accepted accepting|
recognize recognizes recognized recognizing|recognise recognises recognised recognising|
remember remembers remembered remembering|ignore ignores ignored ignoring|understand understands understood understanding|
wish wishes wished wishing|liked|dread dreads dreaded dreading|
resent resents resented resenting|mistrust mistrusts mistrusted mistrusting|
foretell foretells foretold foretelling|
approve approves approved approving|disapprove disapproves disapproved disapproving|
misstate misstates misstated misstating|misrepresent misrepresents misrepresented misrepresenting|
address addresses addressed addressing|
`)

/** The prepositions an attitude verb takes before its object: "talked about", "called for". */
export const ATTITUDE_PARTICLES: Map<string, string[]> = new Map([
  ['talk', ['about', 'of']], ['speak', ['about', 'of', 'out', 'against']], ['comment', ['on', 'about']],
  ['call', ['for', 'on']], ['ask', ['for', 'about']], ['argue', ['for', 'against']], ['push', ['for']],
  ['campaign', ['for', 'against', 'on']], ['advocate', ['for']], ['lobby', ['for', 'against']], ['focus', ['on']],
  ['insist', ['on']], ['point', ['to']], ['refer', ['to']], ['respond', ['to']], ['react', ['to']],
  ['complain', ['about', 'of']], ['worry', ['about']], ['joke', ['about']], ['boast', ['about', 'of']],
  ['brag', ['about']], ['warn', ['of', 'about', 'against']], ['agree', ['with', 'on']], ['disagree', ['with', 'on']],
  ['apologize', ['for']], ['apologise', ['for']], ['testify', ['about', 'on']], ['vote', ['for', 'against']],
  ['hope', ['for']], ['thank', []], ['congratulate', []], ['side', ['with', 'against']]
])

/** Verbs that take an object only through one of their prepositions ("talk about", never "talk X"). */
export const PARTICLE_ONLY: Set<string> = new Set(['talk', 'speak', 'comment', 'call', 'argue', 'push', 'campaign', 'lobby', 'focus', 'insist', 'point', 'refer', 'respond', 'react', 'complain', 'worry', 'joke', 'boast', 'brag', 'agree', 'disagree', 'apologize', 'apologise', 'testify', 'vote', 'side'])
