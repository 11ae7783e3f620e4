import type { DocContext } from './DocContext'
import type { ReportedSpeech } from './ReportedSpeech'
import type { Token } from './Token'
import type { MentionAt } from './MentionAt'
import { subjectBefore } from './subjectBefore'
import { verbSubject } from './verbSubject'
import { isSpeechVerb } from './isSpeechVerb'
import { SPEECH_VERBS, THOUGHT_VERBS } from './lexicon/speechVerbs'
import { readSpeakerPhrase } from './readSpeakerPhrase'
import { ROLE_NOUNS } from './lexicon/roleNouns'
import { SPEAKER_NOUNS } from './lexicon/speakerNouns'

/** Speech verbs that take a clause without "that": "Putin said Moscow would …". */
const BARE_CLAUSE = new Set(['say', 'tell', 'add', 'claim', 'insist', 'argue', 'warn', 'predict', 'suggest', 'write', 'report', 'note', 'state', 'announce', 'estimate', 'acknowledge', 'admit', 'confirm', 'deny', 'reiterate', 'explain', 'stress', 'assert', 'contend', 'maintain', 'recall', 'concede', 'allege', 'indicate', 'signal', 'reply', 'respond', 'believe', 'think'])
const NOT_CLAUSE_START = new Set(['to', 'of', 'for', 'with', 'by', 'about', 'as', 'and', 'but', 'or', 'nor', 'so', 'than', 'from', 'into', 'against', 'without', 'whether', 'how', 'what', 'why', 'where', 'who', 'which', 'yes', 'no', 'not', 'goodbye', 'hello', 'sorry', 'thanks', 'something', 'anything', 'nothing', 'much', 'little', 'more', 'less', 'so', 'too'])
const TIME_WORDS = new Set(['last', 'this', 'yesterday', 'today', 'tonight', 'earlier', 'late', 'later', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'recently', 'separately', 'also', 'again', 'previously', 'repeatedly', 'publicly', 'privately', 'once', 'then', 'now'])
const PREPOSITIONS = new Set(['on', 'in', 'at', 'during', 'after', 'before', 'via', 'through', 'over', 'to'])
const ADJUNCT_WORDS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'this', 'last', 'next', 'week', 'month', 'year', 'night', 'morning', 'afternoon', 'evening', 'weekend', 'statement', 'interview', 'exclusive', 'written', 'joint', 'press', 'conference', 'briefing', 'speech', 'post', 'tweet', 'letter', 'email', 'e-mail', 'telephone', 'phone', 'radio', 'television', 'tv', 'video', 'message', 'call', 'rally', 'debate', 'hearing', 'meeting', 'appearance', 'remarks', 'address', 'early', 'late', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'time', 'same', 'recent', 'televised', 'broadcast', 'online', 'public', 'campaign', 'town', 'hall', 'event', 'stop'])
const LISTENERS = new Set(['reporters', 'journalists', 'lawmakers', 'supporters', 'crowd', 'audience', 'voters', 'students', 'members', 'staff', 'colleagues', 'parliament', 'congress', 'senators', 'delegates', 'officials', 'investigators', 'police', 'court', 'jury', 'judge', 'committee', 'him', 'her', 'them', 'us', 'me', 'the', 'a', 'an', 'newspaper', 'broadcaster', 'agency', 'radio', 'television', 'station', 'magazine', 'news'])
const MIN_WORDS = 3
const NOT_BEFORE_VERB = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those', 'every', 'each', 'no', 'of', 'in', 'for', 'to', 'at', 'on', 'by', 'with', 'from', 'about', 'into', 'most', 'more', 'such', 'first', 'last', 'same', 'own'])
const ARTICLES = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'this'])
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those', 'every', 'each', 'no', 'most', 'such', 'first', 'last', 'same', 'own'])
/** Nouns of saying that take a "that" clause: "his claim that …", "the warning that …". */
const NOUN_CUES = new Set(['claim', 'claims', 'statement', 'assertion', 'argument', 'warning', 'promise', 'pledge', 'suggestion', 'allegation', 'allegations', 'insistence', 'belief', 'view', 'contention', 'announcement', 'accusation', 'accusations', 'admission', 'prediction', 'threat', 'vow', 'assurance', 'assurances', 'boast', 'complaint', 'denial', 'message'])
const NOUN_HOMOGRAPHS = new Set(['state', 'states', 'report', 'reports', 'call', 'calls', 'post', 'posts', 'order', 'orders', 'offer', 'offers', 'note', 'notes', 'claim', 'claims', 'comment', 'comments', 'question', 'questions', 'answer', 'answers', 'point', 'points', 'charge', 'charges', 'protest', 'protests', 'remark', 'remarks', 'demand', 'demands', 'promise', 'promises', 'pledge', 'pledges', 'vow', 'vows', 'tweet', 'tweets', 'estimate', 'estimates', 'think', 'press', 'brief', 'briefs', 'warning', 'reply', 'replies', 'respond', 'appeal', 'appeals', 'challenge', 'challenges', 'counter', 'order', 'signal', 'signals', 'hint', 'hints', 'write', 'writes'])
const CLEAN_START = new Set(['that', 'the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'there', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'no', 'some', 'all', 'any', 'many', 'most', 'one', 'both', 'if'])
/** Speech acts with an infinitive of their own: "promised to", "vowed to", "threatened to". */
const SELF_INFINITIVE = new Set(['promise', 'pledge', 'vow', 'threaten', 'offer', 'agree', 'refuse', 'demand', 'propose'])
/** Speech acts with an addressee and an infinitive: "urged X to", "asked X to", "told X to". */
const OBJECT_INFINITIVE = new Set(['urge', 'ask', 'tell', 'warn', 'remind', 'encourage', 'invite', 'advise', 'instruct', 'order', 'press', 'implore', 'beg', 'challenge', 'call'])

/**
 * Reported speech without quotation marks, sentence by sentence (tokens inside quotation marks
 * are skipped — a verb there belongs to the quoted speaker):
 * - `X said (that) CLAUSE`, `X told reporters (that) CLAUSE`, `X noted that CLAUSE`, and the
 *   participle `…, adding that CLAUSE` (speaker: the sentence's subject);
 * - `CLAUSE, X said.` and `CLAUSE, said X.`;
 * - `according to X, CLAUSE` and `CLAUSE, according to X.`;
 * - thought verbs (`X believes that CLAUSE`) only with "that", flagged `thought`.
 * The content stops before a colon that opens a quotation (that quote is direct) and before
 * a further `, adding that` (its own reported speech).
 */
export function findReportedSpeech(ctx: DocContext, inQuote: Uint8Array, mentionAt: MentionAt): ReportedSpeech[] {
  const { tokens, sentences } = ctx
  const out: ReportedSpeech[] = []
  for (const sentence of sentences) {
    if (ctx.metaParas.has(tokens[sentence.first].para) || ctx.titleParas.has(tokens[sentence.first].para)) continue
    let last = sentence.last
    while (last > sentence.first && (tokens[last].kind === 'punct' || tokens[last].kind === 'break')) last--
    for (let v = sentence.first; v <= last; v++) {
      const t = tokens[v]
      if (inQuote[v] || t.kind !== 'word' || (t.cap && t.lower !== 'according')) continue
      if (NOUN_CUES.has(t.lower) && tokens[v + 1]?.lower === 'that') {
        const found = nounCue(ctx, v, last, mentionAt)
        if (found && found.e - found.s >= MIN_WORDS) {
          out.push(found)
          v = found.e - 1
        }
        continue
      }
      const speech = isSpeechVerb(t)
      const thought = !speech && THOUGHT_VERBS.has(t.lower)
      if (!speech && !thought) continue
      // "the state", "his remarks", "of saying": a noun or a gerund, not the clause's verb.
      const before = tokens[v - 1]
      if (before && (before.kind === 'poss' || DETERMINERS.has(before.lower))) continue
      const found = t.lower === 'according'
        ? according(ctx, v, sentence.first, last, mentionAt)
        : forward(ctx, v, last, inQuote, mentionAt, thought) ?? (speech ? postposed(ctx, v, sentence.first, last, mentionAt) ?? speechAct(ctx, v, last, inQuote, mentionAt) : null)
      if (!found || found.e - found.s < MIN_WORDS) continue
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
  const c = skipAdjuncts(ctx, v + 1, last, lemma === 'tell')
  if (c > last) return null
  const start = tokens[c]
  const hasThat = start.lower === 'that' && !start.cap
  if (!hasThat) {
    if (thought && lemma !== 'believe' && lemma !== 'think') return null
    if (!BARE_CLAUSE.has(lemma) || !clauseStart(start) || !hasFiniteVerb(ctx, c, last)) return null
    // After an adjunct ("said at the …") the clause must start cleanly: a pronoun, a determiner, a name.
    if (c > v + 1 && tokens[c - 1].text !== ',' && !(start.cap || CLEAN_START.has(start.lower))) return null
    if (lemma === 'tell' && c === v + 1) return null
  }
  let e = c
  for (; e <= last; e++) {
    const t = tokens[e]
    if (t.text === ':' && tokens[e + 1]?.kind === 'quote') break
    if (t.text === ';') break
    if (t.text === ',' && tokens[e + 1] && isSpeechVerb(tokens[e + 1]) && /ing$/.test(tokens[e + 1].lower)) break
  }
  return { s: c, e, attribution: { phrase: subject, cue: v, strength: hasThat ? 0.8 : 0.65 }, thought }
}

/**
 * A speech noun with a "that" clause: "his claim that the vote was rigged", "Trump's insistence
 * that …". The speaker is the possessor when there is one ("his", "Trump's"), else unnamed.
 */
function nounCue(ctx: DocContext, v: number, last: number, mentionAt: MentionAt): ReportedSpeech | null {
  const { tokens } = ctx
  let e = v + 1
  while (e <= last && tokens[e].text !== ';' && !(tokens[e].text === ':' && tokens[e + 1]?.kind === 'quote')) e++
  let phrase: ReportedSpeech['attribution']['phrase'] = null
  let p = v - 1
  while (p > 0 && tokens[p].kind === 'word' && !tokens[p].cap && /^(own|latest|recent|repeated|earlier|new|public|false|unfounded|controversial|widely|reported)$/.test(tokens[p].lower)) p--
  const owner = tokens[p]
  if (owner?.kind === 'word' && /^(his|her|their|its)$/.test(owner.lower)) {
    phrase = { s: p, e: p + 1, kind: 'pronoun' }
  } else if (owner?.kind === 'poss') {
    const m = mentionAt(p - 1)
    if (m && m.e === p) phrase = { s: m.s, e: m.e, kind: 'name', mention: m }
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
  let e = c
  while (e <= last && tokens[e].text !== ';' && !(tokens[e].text === ':' && tokens[e + 1]?.kind === 'quote')) e++
  return { s: c, e, attribution: { phrase: subject, cue: v, strength: 0.6 }, thought: false }
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
    } else if (TIME_WORDS.has(t.lower)) {
      c++
      while (c <= last && ADJUNCT_WORDS.has(tokens[c].lower)) c++
    } else if (tell && guard === 0 && t.kind === 'word') {
      // The listener: "told reporters", "told the BBC", "told Reuters".
      let j = c
      if (ADJUNCT_WORDS.has(tokens[j].lower) || tokens[j].lower === 'the') j++
      while (j <= last && j - c < 4 && tokens[j].kind === 'word' && (tokens[j].cap || LISTENERS.has(tokens[j].lower))) j++
      if (tokens[j]?.kind === 'poss') j++
      while (j <= last && j - c < 5 && tokens[j].kind === 'word' && (tokens[j].cap || LISTENERS.has(tokens[j].lower))) j++
      if (j === c) return c
      c = j
    } else {
      return c
    }
    if (tokens[c]?.text === ',') c++
  }
  return c
}

/**
 * "CLAUSE, X said." / "CLAUSE, said X." / "CLAUSE, X said, CLAUSE." (the hull of both parts) /
 * "As X noted, CLAUSE."
 */
function postposed(ctx: DocContext, v: number, first: number, last: number, mentionAt: MentionAt): ReportedSpeech | null {
  const { tokens } = ctx
  if (tokens[v - 1]?.text === ',' && v - 1 > first) {
    // Inverted: ", said X."
    const phrase = readSpeakerPhrase(ctx, v + 1, last + 1, mentionAt)
    if (!phrase || phrase.kind === 'nominal') return null
    return { s: first, e: v - 1, attribution: { phrase, cue: v, strength: 0.75 }, thought: false }
  }
  let end = v + 1
  while (end <= last && TIME_WORDS.has(tokens[end].lower)) end++
  const subject = subjectBefore(ctx, v, mentionAt)
  if (!subject) return null
  const before = tokens[subject.s - 1]
  if (before?.lower === 'as' && tokens[end]?.text === ',' && end < last) {
    return { s: end + 1, e: last + 1, attribution: { phrase: subject, cue: v, strength: 0.75 }, thought: false }
  }
  if (before?.text !== ',' || subject.s - 1 <= first) return null
  if (end > last) return { s: first, e: subject.s - 1, attribution: { phrase: subject, cue: v, strength: 0.75 }, thought: false }
  if (tokens[end].text === ',' && end < last) return { s: first, e: last + 1, attribution: { phrase: subject, cue: v, strength: 0.7 }, thought: false }
  return null
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
  if (comma > last && tokens[v - 1]?.text === ',') return { s: first, e: v - 1, attribution, thought: false }
  return null
}

function clauseStart(t: Token): boolean {
  if (t.kind !== 'word') return false
  if (NOT_CLAUSE_START.has(t.lower)) return false
  return true
}

const AUXILIARIES = new Set('is are was were will would could can should may might must has have had does did do shall am be’ll ’ll ’s ’re ’d ’ve \'ll \'re \'d \'ve'.split(' '))

/** A finite verb within the first words of a clause: "the talks will continue", "Moscow has been". */
function hasFiniteVerb(ctx: DocContext, c: number, last: number): boolean {
  for (let i = c; i <= Math.min(last, c + 10); i++) {
    const t = ctx.tokens[i]
    if (t.kind !== 'word' || t.cap) continue
    if (AUXILIARIES.has(t.lower) || /n[’']t$/.test(t.lower) || /ed$/.test(t.lower)) return true
    // A present-tense verb after a noun: "the law works", "parts … are".
    if (i > c && /[^su]s$/.test(t.lower) && ctx.tokens[i - 1].kind === 'word' && !NOT_BEFORE_VERB.has(ctx.tokens[i - 1].lower)) return true
    if (/[’'](?:ll|s|re|d|ve)$/.test(t.lower) && i === c) return true
  }
  return false
}

