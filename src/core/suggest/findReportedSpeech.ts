import type { DocContext } from './DocContext'
import type { ReportedSpeech } from './ReportedSpeech'
import type { Token } from './Token'
import type { MentionAt } from './MentionAt'
import { verbSubject } from './verbSubject'
import { isAbbreviationPeriod } from './isAbbreviationPeriod'
import { isSpeechVerb } from './isSpeechVerb'
import { SPEECH_VERBS, THOUGHT_VERBS } from './lexicon/speechVerbs'
import { readSpeakerPhrase } from './readSpeakerPhrase'
import { ROLE_NOUNS } from './lexicon/roleNouns'
import { SPEAKER_NOUNS } from './lexicon/speakerNouns'
import { ADJUNCT_WORDS, LISTENERS, PREPOSITIONS, TIME_WORDS } from './lexicon/adjunctWords'
import { postposedSpeech } from './postposedSpeech'
import { objectSpeech } from './objectSpeech'
import { stanceSpeech } from './stanceSpeech'
import { impersonalSpeech } from './impersonalSpeech'
import { contentEnd } from './contentEnd'
import { headlineSpeech } from './headlineSpeech'
import { ATTITUDE_VERBS } from './lexicon/attitudeVerbs'

/** Speech verbs that take a clause without "that": "Putin said Moscow would …". */
const BARE_CLAUSE = new Set(['say', 'tell', 'add', 'claim', 'insist', 'argue', 'warn', 'predict', 'suggest', 'write', 'report', 'note', 'state', 'announce', 'estimate', 'acknowledge', 'admit', 'confirm', 'deny', 'reiterate', 'explain', 'stress', 'assert', 'contend', 'maintain', 'recall', 'concede', 'allege', 'indicate', 'signal', 'reply', 'respond', 'believe', 'think', 'show'])
const NOT_CLAUSE_START = new Set(['to', 'of', 'for', 'with', 'by', 'about', 'as', 'and', 'but', 'or', 'nor', 'so', 'than', 'from', 'into', 'against', 'without', 'whether', 'how', 'what', 'why', 'where', 'who', 'which', 'yes', 'no', 'not', 'goodbye', 'hello', 'sorry', 'thanks', 'something', 'anything', 'nothing', 'much', 'little', 'more', 'less', 'so', 'too'])
const MIN_WORDS = 3
/** What one tells rather than whom: "told the story that …" opens a relative clause. */
const TOLD_THINGS = new Set(['story', 'stories', 'truth', 'tale', 'tales', 'joke', 'jokes', 'lie', 'lies', 'news', 'one', 'thing', 'things'])
const NOT_BEFORE_VERB = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those', 'every', 'each', 'no', 'of', 'in', 'for', 'to', 'at', 'on', 'by', 'with', 'from', 'about', 'into', 'most', 'more', 'such', 'first', 'last', 'same', 'own'])
const ARTICLES = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'this'])
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those', 'every', 'each', 'no', 'most', 'such', 'first', 'last', 'same', 'own'])
/** Nouns of saying that take a "that" clause: "his claim that …", "the warning that …". */
const NOUN_CUES = new Set(['claim', 'claims', 'statement', 'assertion', 'argument', 'warning', 'promise', 'pledge', 'suggestion', 'allegation', 'allegations', 'insistence', 'belief', 'view', 'contention', 'announcement', 'accusation', 'accusations', 'admission', 'prediction', 'threat', 'vow', 'assurance', 'assurances', 'boast', 'complaint', 'denial', 'message', 'suggestions', 'complaints', 'warnings', 'predictions', 'statements', 'arguments', 'promises', 'threats', 'advice', 'reports', 'rumors', 'rumours', 'speculation', 'charge', 'charges', 'assessment', 'conclusion', 'finding', 'findings', 'ruling', 'verdict', 'notion', 'idea', 'suspicion', 'suspicions'])
const NOUN_HOMOGRAPHS = new Set(['state', 'states', 'report', 'reports', 'call', 'calls', 'post', 'posts', 'order', 'orders', 'offer', 'offers', 'note', 'notes', 'claim', 'claims', 'comment', 'comments', 'question', 'questions', 'answer', 'answers', 'point', 'points', 'charge', 'charges', 'protest', 'protests', 'remark', 'remarks', 'demand', 'demands', 'promise', 'promises', 'pledge', 'pledges', 'vow', 'vows', 'tweet', 'tweets', 'estimate', 'estimates', 'think', 'press', 'brief', 'briefs', 'warning', 'reply', 'replies', 'respond', 'appeal', 'appeals', 'challenge', 'challenges', 'counter', 'order', 'signal', 'signals', 'hint', 'hints', 'write', 'writes'])
const CLEAN_START = new Set(['that', 'the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'there', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'no', 'some', 'all', 'any', 'many', 'most', 'one', 'both', 'if'])
/** Verbs whose object can be a noun of saying: "gave assurances that", "issued a warning that". */
const GIVING_VERBS = new Set(['gave', 'give', 'gives', 'giving', 'made', 'make', 'makes', 'making', 'offered', 'offer', 'offers', 'issued', 'issue', 'issues', 'repeated', 'repeats', 'renewed', 'voiced', 'provided', 'sent', 'delivered', 'echoed', 'reiterated'])
/** Speech acts with an infinitive of their own: "promised to", "vowed to", "threatened to". */
const SELF_INFINITIVE = new Set(['promise', 'pledge', 'vow', 'threaten', 'offer', 'agree', 'refuse', 'demand', 'propose'])
/** Speech acts with an addressee and an infinitive: "urged X to", "asked X to", "told X to". */
const OBJECT_INFINITIVE = new Set(['urge', 'ask', 'tell', 'warn', 'remind', 'encourage', 'invite', 'advise', 'instruct', 'order', 'press', 'implore', 'beg', 'challenge', 'call'])

/**
 * Reported speech without quotation marks, sentence by sentence (tokens inside quotation marks
 * are skipped — a verb there belongs to the quoted speaker):
 * - `X said (that) CLAUSE`, `X told reporters (that) CLAUSE`, `X noted that CLAUSE`, `X said in
 *   an interview with … last week that CLAUSE`, and the participle `…, adding that CLAUSE`
 *   (speaker: the sentence's subject);
 * - `CLAUSE, X said.`, `CLAUSE, the BBC reported on Monday.` and `CLAUSE, said X.` (postposedSpeech);
 * - `according to X, CLAUSE` and `CLAUSE, according to X.`;
 * - thought verbs (`X believes that CLAUSE`) flagged `thought`;
 * - speech acts with an infinitive (`urged X to`, `promised to`, `called for`);
 * - stances with an object (`X endorsed Y`, `X wants Y`, `polls show Y`: objectSpeech), with an
 *   adjective or a noun (`X is upbeat about Y`, `voiced support for Y`, `his calls for Y`:
 *   stanceSpeech), and views nobody is named for (`is expected to`, `it is unclear whether`:
 *   impersonalSpeech);
 * - headline attributions (`Rubio: …`, `Clinton Says …`: headlineSpeech).
 * The content stops where contentEnd says: before a colon that opens a quotation (that quote is
 * direct), before a further `, adding that …` and before a second attribution.
 */
export function findReportedSpeech(ctx: DocContext, inQuote: Uint8Array, mentionAt: MentionAt): ReportedSpeech[] {
  const { tokens, sentences } = ctx
  const out: ReportedSpeech[] = []
  for (const sentence of sentences) {
    if (ctx.metaParas.has(tokens[sentence.first].para)) continue
    let last = sentence.last
    while (last > sentence.first && (tokens[last].kind === 'punct' || tokens[last].kind === 'break')) last--
    const title = ctx.titleParas.has(tokens[sentence.first].para)
    if (title || headlineLike(ctx, sentence)) {
      const found = headlineSpeech(ctx, sentence, last, mentionAt)
      out.push(...found)
      if (title || found.length) continue
    }
    // "Trump: My immigration plans aren't set in stone." — a paragraph opening with a person's
    // name and a colon (a transcript, a line under a crosshead) gives that person's words.
    const colonSpeech = nameColon(ctx, sentence.first, last, inQuote, mentionAt)
    if (colonSpeech) {
      out.push(colonSpeech)
      continue
    }
    // Content already found in this sentence: a later "…, X said" attributes only what follows it.
    const floor = (): number => {
      const prev = out[out.length - 1]
      return prev && prev.e > sentence.first && prev.e <= last + 1 && tokens[prev.s].sent === tokens[sentence.first].sent ? prev.e : sentence.first
    }
    for (let v = sentence.first; v <= last; v++) {
      const t = tokens[v]
      if (inQuote[v] || t.kind !== 'word' || (t.cap && t.lower !== 'according')) continue
      const impersonal = impersonalSpeech(ctx, v, floor(), last, (s, e) => readSpeakerPhrase(ctx, s, e, mentionAt))
      if (impersonal) {
        out.push(impersonal)
        v = impersonal.e - 1
        continue
      }
      if (NOUN_CUES.has(t.lower) && tokens[v + 1]?.lower === 'that') {
        const found = nounCue(ctx, v, last, inQuote, mentionAt)
        if (found && found.e - found.s >= MIN_WORDS) {
          out.push(found)
          v = found.e - 1
        }
        continue
      }
      // "CLAUSE, per CTV News.": "per" at the end of a sentence works as "according to".
      if (t.lower === 'per' && tokens[v - 1]?.text === ',' && v - 1 > sentence.first) {
        let comma = v + 1
        while (comma <= last && tokens[comma].text !== ',') comma++
        const phrase = comma > last ? readSpeakerPhrase(ctx, v + 1, last + 1, mentionAt) : null
        if (phrase && countWordsBetween(ctx, floor(), v - 1) >= MIN_WORDS) out.push({ s: floor(), e: v - 1, attribution: { phrase, cue: v, strength: 0.7 }, thought: false })
        continue
      }
      // "pointed out that", "pointed to": without its particle "point" is no verb of saying.
      if (SPEECH_VERBS.get(t.lower) === 'point' && !/^(out|to)$/.test(tokens[v + 1]?.lower ?? '')) continue
      const speech = isSpeechVerb(t)
      const thought = !speech && THOUGHT_VERBS.has(t.lower)
      if (!speech && !thought) {
        const stance = (ATTITUDE_VERBS.has(t.lower) ? objectSpeech(ctx, v, last, inQuote, mentionAt) : null) ?? stanceSpeech(ctx, v, last, inQuote, mentionAt)
        if (stance && stance.e - stance.s >= 1) {
          out.push(stance)
          v = stance.e - 1
        }
        continue
      }
      // "the state", "his remarks", "of saying": a noun or a gerund, not the clause's verb.
      const before = tokens[v - 1]
      if (before && (before.kind === 'poss' || DETERMINERS.has(before.lower))) {
        // "his calls for a ban", "Trump’s claims about fraud": a noun of stance with its owner.
        const stance = stanceSpeech(ctx, v, last, inQuote, mentionAt)
        if (stance) {
          out.push(stance)
          v = stance.e - 1
        }
        continue
      }
      const found = t.lower === 'according'
        ? according(ctx, v, sentence.first, last, mentionAt)
        : forward(ctx, v, last, inQuote, mentionAt, thought) ?? (speech ? postposedSpeech(ctx, v, floor(), last, mentionAt) ?? speechAct(ctx, v, last, inQuote, mentionAt) : THOUGHT_VERBS.get(t.lower) === 'show' ? postposedSpeech(ctx, v, floor(), last, mentionAt) : null) ??
          objectSpeech(ctx, v, last, inQuote, mentionAt)
      if (!found || found.e - found.s < MIN_WORDS) continue
      // "Clinton was asked about …", "when asked whether …", "he was told that …": the one asked
      // or told is not the speaker, and the passive names nobody else.
      if (passiveListener(ctx, v) && found.s > v) found.attribution = { ...found.attribution, phrase: null }
      out.push(found)
      v = Math.max(v, found.e - 1)
    }
  }
  return out
}

function forward(ctx: DocContext, v: number, last: number, inQuote: Uint8Array, mentionAt: MentionAt, thought: boolean): ReportedSpeech | null {
  const { tokens } = ctx
  const lemma = SPEECH_VERBS.get(tokens[v].lower) ?? THOUGHT_VERBS.get(tokens[v].lower) ?? ''
  const subject = verbSubject(ctx, v, inQuote, mentionAt)
  if (!subject) return null
  // "states", "reports", "calls" are nouns as often as verbs: only after a name or a pronoun.
  const named = subject.kind === 'pronoun' || (subject.kind === 'name' && (subject.mention?.type === 'person' || subject.mention?.type === 'organization'))
  if (NOUN_HOMOGRAPHS.has(tokens[v].lower) && !named) return null
  // A thought verb needs someone to think it: "light show that …" is no attribution.
  if (thought && !named && !(subject.head && (SPEAKER_NOUNS.has(subject.head) || ROLE_NOUNS.has(subject.head) || /[^s]s$/.test(subject.head)))) return null
  let c = skipAdjuncts(ctx, v + 1, last, lemma === 'tell')
  if (tokens[c]?.lower !== 'that') c = thatAfterAdjuncts(ctx, v + 1, last) ?? c
  if (c > last) return null
  const start = tokens[c]
  const hasThat = start.lower === 'that' && !start.cap
  // "said in a video that showed …": after an adjunct, "that" before a verb is a relative pronoun.
  const afterThat = tokens[c + 1]
  if (hasThat && c > v + 1 && afterThat?.kind === 'word' && !afterThat.cap && (AUXILIARIES.has(afterThat.lower) || /ed$/.test(afterThat.lower))) return null
  if (!hasThat) {
    // "polls show Trump has a lead": findings, like beliefs, take a bare clause.
    if (thought && lemma !== 'believe' && lemma !== 'think' && lemma !== 'show') return null
    if (!BARE_CLAUSE.has(lemma) || !clauseStart(start) || !hasFiniteVerb(ctx, c, last)) return null
    // After an adjunct ("said at the …") the clause must start cleanly: a pronoun, a determiner, a name.
    if (c > v + 1 && tokens[c - 1].text !== ',' && !(start.cap || CLEAN_START.has(start.lower))) return null
    if (lemma === 'tell' && c === v + 1) return null
  }
  const e = contentEnd(ctx, c, last)
  return { s: c, e, attribution: { phrase: subject, cue: v, strength: hasThat ? 0.8 : 0.65 }, thought }
}

/**
 * A speech noun with a "that" clause: "his claim that the vote was rigged", "Trump's insistence
 * that …". The speaker is the possessor when there is one ("his", "Trump's"), else unnamed.
 */
function nounCue(ctx: DocContext, v: number, last: number, inQuote: Uint8Array, mentionAt: MentionAt): ReportedSpeech | null {
  const { tokens } = ctx
  let e = v + 1
  while (e <= last && tokens[e].text !== ';' && !(tokens[e].text === ':' && tokens[e + 1]?.kind === 'quote')) e++
  let phrase: ReportedSpeech['attribution']['phrase'] = null
  let p = v - 1
  while (p > 0 && v - p <= 3 && tokens[p].kind === 'word' && !tokens[p].cap && !/^(his|her|their|its)$/.test(tokens[p].lower) && (/^(own|latest|recent|repeated|earlier|new|public|false|unfounded|controversial|widely|reported|smug|diplomatic|private|frequent|bold|baseless|firm|clear|strong|fresh|stern|explicit)$/.test(tokens[p].lower) || /(?:ly|ed|ful|ous|ive|al)$/.test(tokens[p].lower))) p--
  const owner = tokens[p]
  if (owner?.kind === 'word' && /^(his|her|their|its)$/.test(owner.lower)) {
    phrase = { s: p, e: p + 1, kind: 'pronoun' }
  } else if (owner?.kind === 'poss') {
    const m = mentionAt(p - 1)
    if (m && m.e === p) phrase = { s: m.s, e: m.e, kind: 'name', mention: m }
  } else {
    // "gave diplomatic assurances that …", "issued a warning that …": the noun is the object of
    // a verb of giving or voicing, whose subject makes the claim.
    const g = owner?.kind === 'word' && /^(a|an|the|new|fresh)$/.test(owner.lower) ? p - 1 : p
    const verb = tokens[g]
    if (verb?.kind === 'word' && !verb.cap && GIVING_VERBS.has(verb.lower)) {
      const subject = verbSubject(ctx, g, inQuote, mentionAt)
      if (subject && (subject.kind !== 'nominal' || subject.mention || ROLE_NOUNS.has(subject.head ?? '') || SPEAKER_NOUNS.has(subject.head ?? ''))) phrase = subject
    }
  }
  if (!phrase) return null
  return { s: v + 1, e, attribution: { phrase, cue: v, strength: 0.55 }, thought: false }
}

/**
 * A speech act whose content is an infinitive or a demand: "urged the senator to apologize",
 * "promised to cut taxes", "called for a ceasefire", "called on Moscow to withdraw".
 */
function speechAct(ctx: DocContext, v: number, last: number, inQuote: Uint8Array, mentionAt: MentionAt): ReportedSpeech | null {
  const { tokens } = ctx
  const lemma = SPEECH_VERBS.get(tokens[v].lower) ?? ''
  let c = skipAdjuncts(ctx, v + 1, last, false)
  if (lemma === 'call' || lemma === 'appeal') {
    if (tokens[c]?.lower !== 'for' && tokens[c]?.lower !== 'on' && tokens[c]?.lower !== 'to') return null
    c++
  } else if (SELF_INFINITIVE.has(lemma)) {
    if (tokens[c]?.lower !== 'to') return null
  } else if (OBJECT_INFINITIVE.has(lemma)) {
    // The addressee, then "to": "urged the Vermont senator to apologize".
    let j = c
    while (j <= last && j - c < 6 && tokens[j].lower !== 'to' && (tokens[j].kind === 'word' || tokens[j].kind === 'poss')) j++
    if (tokens[j]?.lower !== 'to' || j === c) return null
  } else {
    return null
  }
  if (c > last) return null
  const subject = verbSubject(ctx, v, inQuote, mentionAt)
  if (!subject) return null
  const e = contentEnd(ctx, c, last)
  return { s: c, e, attribution: { phrase: subject, cue: v, strength: 0.6 }, thought: false }
}

/**
 * A "that" a longer stretch of adjuncts away: "said in an interview with The Associated Press
 * last week that …", "told reporters at the White House on Monday that …". Only words with no
 * verb among them may come between.
 */
function thatAfterAdjuncts(ctx: DocContext, c: number, last: number): number | undefined {
  const { tokens } = ctx
  for (let i = c; i <= last && i - c < 16; i++) {
    const t = tokens[i]
    if (t.lower === 'that' && i > c) {
      // "said in a video that showed off …": a relative "that" before a verb opens no clause.
      const next = tokens[i + 1]
      return next && (next.cap || CLEAN_START.has(next.lower) || /^\d/.test(next.text)) ? i : undefined
    }
    if (t.text === ',' || t.kind === 'poss' || isAbbreviationPeriod(tokens, i)) continue
    if (t.kind !== 'word') return undefined
    if (!t.cap && (AUXILIARIES.has(t.lower) || isSpeechVerb(t) || THOUGHT_VERBS.has(t.lower) || /n[’']t$/.test(t.lower))) return undefined
  }
  return undefined
}

/** Skips "on Tuesday", "in a statement", "last week", and for "tell" the listener, up to the clause. */
function skipAdjuncts(ctx: DocContext, c: number, last: number, tell: boolean): number {
  const { tokens } = ctx
  for (let guard = 0; guard < 3 && c <= last; guard++) {
    const t = tokens[c]
    if (t.lower === 'that') return c
    if (PREPOSITIONS.has(t.lower)) {
      let j = c + 1
      if (ARTICLES.has(tokens[j]?.lower)) j++
      while (j <= last && j - c <= 5 && !ARTICLES.has(tokens[j].lower) && (ADJUNCT_WORDS.has(tokens[j].lower) || (tokens[j].cap && tokens[j].kind === 'word') || tokens[j].kind === 'poss')) j++
      if (j === c + 1) return c
      c = j
    } else if (TIME_WORDS.has(t.lower) && !((t.lower === 'this' || t.lower === 'last') && !ADJUNCT_WORDS.has(tokens[c + 1]?.lower))) {
      // "this week", "last month" — but "said this is …" opens the clause with "this".
      c++
      while (c <= last && ADJUNCT_WORDS.has(tokens[c].lower) && !ARTICLES.has(tokens[c].lower)) c++
    } else if (tell && guard === 0 && t.kind === 'word') {
      // The listener: "told reporters", "told the BBC", "told Reuters".
      let j = c
      if (ADJUNCT_WORDS.has(tokens[j].lower) || tokens[j].lower === 'the') j++
      // "told TheBlaze founder Glenn Beck": a role noun may sit inside the listener's name.
      // An article belongs to the listener only before one ("told the BBC", not "told reporters the boats …").
      const listener = (x: Token, next: Token | undefined): boolean => x.kind === 'word' &&
        (ARTICLES.has(x.lower) ? !!next && next.kind === 'word' && (next.cap || ((LISTENERS.has(next.lower) || ROLE_NOUNS.has(next.lower)) && !ARTICLES.has(next.lower))) : x.cap || LISTENERS.has(x.lower) || ROLE_NOUNS.has(x.lower))
      while (j <= last && j - c < 5 && listener(tokens[j], tokens[j + 1])) j++
      if (tokens[j]?.kind === 'poss') j++
      while (j <= last && j - c < 7 && listener(tokens[j], tokens[j + 1])) j++
      // "told investors that …", "told his aides that …": any short plain noun phrase before "that".
      if (j === c || tokens[j]?.lower !== 'that') {
        let k = c
        while (k <= last && k - c < 4 && tokens[k].kind === 'word' && !tokens[k].cap && tokens[k].lower !== 'that' && !AUXILIARIES.has(tokens[k].lower) && !isSpeechVerb(tokens[k])) k++
        if (k > c && tokens[k]?.lower === 'that' && !TOLD_THINGS.has(tokens[k - 1].lower)) j = k
      }
      if (j === c) return c
      c = j
    } else {
      return c
    }
    if (tokens[c]?.text === ',') c++
  }
  return c
}

/** "according to X, CLAUSE" / "CLAUSE, according to X." */
function according(ctx: DocContext, v: number, first: number, last: number, mentionAt: MentionAt): ReportedSpeech | null {
  const { tokens } = ctx
  if (tokens[v + 1]?.lower !== 'to') return null
  let comma = v + 2
  while (comma <= last && tokens[comma].text !== ',') comma++
  let phrase = readSpeakerPhrase(ctx, v + 2, comma, mentionAt)
  if (!phrase) return null
  // "according to the team's coach, Alireza Mehraban, …": the name in apposition.
  const named = mentionAt(comma + 1)
  if (phrase.kind === 'nominal' && named && named.s === comma + 1 && named.type === 'person' && tokens[named.e]?.text === ',') {
    phrase = { s: named.s, e: named.e, kind: 'name', mention: named }
    comma = named.e
  }
  const attribution = { phrase, cue: v, strength: 0.75 }
  if (comma < last && v - first <= 2) return { s: comma + 1, e: last + 1, attribution, thought: false }
  // "…, ''there has been a reinvigorated engagement,'' according to …": the comma may sit
  // inside the closing quotation mark.
  const commaBefore = tokens[v - 1]?.text === ',' || (tokens[v - 1]?.kind === 'quote' && tokens[v - 2]?.text === ',')
  if (comma > last && commaBefore) return { s: first, e: v - (tokens[v - 1].text === ',' ? 1 : 0), attribution, thought: false }
  // "The plant, according to the ministry, will close in May.": the content is the sentence around it.
  if (comma < last && commaBefore && v - first > 2 && countWordsBetween(ctx, comma + 1, last + 1) >= MIN_WORDS) return { s: first, e: last + 1, attribution: { ...attribution, strength: 0.65 }, thought: false }
  return null
}

/**
 * A whole paragraph of one sentence with most longer words capitalised: a headline, even with a
 * final stop ("Rubio: I Still Believe Trump Can’t Be Trusted.").
 */
function headlineLike(ctx: DocContext, sentence: { first: number; last: number }): boolean {
  const { tokens } = ctx
  const before = tokens[sentence.first - 1]
  const after = tokens[sentence.last + 1]
  if ((before && before.kind !== 'break') || (after && after.kind !== 'break')) return false
  let words = 0
  let caps = 0
  for (let i = sentence.first; i <= sentence.last; i++) {
    const t = tokens[i]
    if (t.kind !== 'word' || t.text.length <= 3) continue
    words++
    if (t.cap) caps++
  }
  return words >= 3 && caps / words >= 0.6
}

/** "Name: words …" at the start of a paragraph, the words not in quotation marks. */
function nameColon(ctx: DocContext, first: number, last: number, inQuote: Uint8Array, mentionAt: MentionAt): ReportedSpeech | null {
  const { tokens } = ctx
  const before = tokens[first - 1]
  if (before && before.kind !== 'break') return null
  const m = mentionAt(first)
  if (!m || m.s !== first || m.type !== 'person' || tokens[m.e]?.text !== ':') return null
  const c = m.e + 1
  if (c > last || inQuote[c] || tokens[c].kind !== 'word' || countWordsBetween(ctx, c, last + 1) < MIN_WORDS) return null
  return { s: c, e: last + 1, attribution: { phrase: { s: m.s, e: m.e, kind: 'name', mention: m }, cue: -1, strength: 0.6 }, thought: false }
}

const LISTENER_PARTICIPLES = new Set(['asked', 'told', 'informed', 'warned', 'reminded', 'urged', 'advised', 'assured', 'briefed'])

/** A participle of telling or asking in the passive ("was asked", "when told", "being warned"), with no "by" agent. */
function passiveListener(ctx: DocContext, v: number): boolean {
  const { tokens } = ctx
  if (!LISTENER_PARTICIPLES.has(tokens[v].lower)) return false
  let b = v - 1
  while (b > 0 && tokens[b].kind === 'word' && !tokens[b].cap && /^(also|not|never|repeatedly|recently|later|then|again|first|just|reportedly|previously|specifically|directly)$/.test(tokens[b].lower)) b--
  if (!/^(is|was|were|are|been|being|be|when|if|after|once|while|unless)$/.test(tokens[b]?.lower ?? '')) return false
  for (let k = v + 1; k < v + 8 && k < tokens.length && tokens[k].sent === tokens[v].sent; k++) if (tokens[k].lower === 'by') return false
  return true
}

function countWordsBetween(ctx: DocContext, s: number, e: number): number {
  let n = 0
  for (let i = s; i < e; i++) if (ctx.tokens[i].kind === 'word') n++
  return n
}

function clauseStart(t: Token): boolean {
  if (t.kind !== 'word') return false
  if (NOT_CLAUSE_START.has(t.lower)) return false
  return true
}

const AUXILIARIES = new Set('is are was were will would could can should may might must has have had does did do shall am be’ll ’ll ’s ’re ’d ’ve \'ll \'re \'d \'ve'.split(' '))

/** A finite verb within the first words of a clause: "the talks will continue", "Moscow has been". */
function hasFiniteVerb(ctx: DocContext, c: number, last: number): boolean {
  for (let i = c; i <= Math.min(last, c + 16); i++) {
    const t = ctx.tokens[i]
    // "it’s", "he’s", "that’s": the contracted verb after a pronoun, tokenized apart.
    if (t.kind === 'poss' && i === c + 1 && /^(it|he|she|that|there|what|who|here)$/.test(ctx.tokens[c].lower)) return true
    if (t.kind !== 'word' || t.cap) continue
    if (AUXILIARIES.has(t.lower) || /n[’']t$/.test(t.lower) || /ed$/.test(t.lower)) return true
    // A present-tense verb after a noun: "the law works", "parts … are".
    if (i > c && /[^su]s$/.test(t.lower) && ctx.tokens[i - 1].kind === 'word' && !NOT_BEFORE_VERB.has(ctx.tokens[i - 1].lower)) return true
    if (/[’'](?:ll|s|re|d|ve)$/.test(t.lower) && i === c) return true
  }
  return false
}

