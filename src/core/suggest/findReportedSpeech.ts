import type { DocContext } from './DocContext'
import type { ReportedSpeech } from './ReportedSpeech'
import type { Token } from './Token'
import type { MentionAt } from './MentionAt'
import { sentenceSubject } from './sentenceSubject'
import { subjectBefore } from './subjectBefore'
import { isSpeechVerb } from './isSpeechVerb'
import { SPEECH_VERBS, THOUGHT_VERBS } from './lexicon/speechVerbs'
import { PRONOUNS } from './lexicon/pronouns'
import { readSpeakerPhrase } from './readSpeakerPhrase'

/** Speech verbs that take a clause without "that": "Putin said Moscow would …". */
const BARE_CLAUSE = new Set(['say', 'tell', 'add', 'claim', 'insist', 'argue', 'warn', 'predict', 'suggest', 'write', 'report', 'note', 'state', 'announce', 'estimate', 'acknowledge', 'admit', 'confirm', 'deny', 'reiterate', 'explain', 'stress', 'assert', 'contend', 'maintain', 'recall', 'concede', 'allege', 'indicate', 'signal', 'reply', 'respond', 'believe', 'think'])
const CLAUSE_START = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'there', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'no', 'some', 'all', 'any', 'every', 'many', 'most', 'one', 'both', 'if', 'when', 'while', 'because', 'only', 'nothing', 'nobody', 'everyone', 'anyone'])
const TIME_WORDS = new Set(['on', 'in', 'at', 'during', 'last', 'this', 'yesterday', 'today', 'earlier', 'late', 'later', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'week', 'month', 'year', 'night', 'morning', 'afternoon', 'evening', 'statement', 'interview', 'a', 'an', 'the', 'his', 'her', 'their', 'its', 'press', 'conference', 'briefing', 'speech', 'post', 'tweet', 'letter', 'recently', 'separately', 'also', 'again', 'previously', 'repeatedly', 'publicly', 'privately', 'told', 'reporters', 'journalists'])
const MIN_WORDS = 3

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
      const speech = isSpeechVerb(t)
      const thought = !speech && THOUGHT_VERBS.has(t.lower)
      if (!speech && !thought) continue
      const found = t.lower === 'according' ? according(ctx, v, sentence.first, last, mentionAt) : forward(ctx, v, last, inQuote, mentionAt, thought) ?? (speech ? postposed(ctx, v, sentence.first, last, mentionAt) : null)
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
  const participle = /ing$/.test(tokens[v].lower) && tokens[v - 1]?.text === ','
  const subject = participle ? sentenceSubject(ctx, v, mentionAt) : subjectBefore(ctx, v, mentionAt)
  if (!subject) return null
  let c = v + 1
  // Skip "on Tuesday", "in a statement", "told reporters", up to a few words, to reach the clause.
  let skipped = 0
  while (c <= last && skipped < 6 && tokens[c].lower !== 'that' && (TIME_WORDS.has(tokens[c].lower) || (lemma === 'tell' && skipped < 4 && tokens[c].kind === 'word'))) {
    c++
    skipped++
    if (tokens[c]?.text === ',') c++
  }
  if (c > last) return null
  const start = tokens[c]
  const hasThat = start.lower === 'that' && !start.cap
  if (!hasThat) {
    if (thought && lemma !== 'believe' && lemma !== 'think') return null
    if (!BARE_CLAUSE.has(lemma) || !clauseStart(start)) return null
    if (lemma === 'tell' && !PRONOUNS.has(start.lower)) return null
    if (!PRONOUNS.has(start.lower) && !hasFiniteVerb(ctx, c, last)) return null
    if (skipped > 0 && lemma !== 'tell' && !TIME_WORDS.has(tokens[v + 1].lower)) return null
  }
  let e = c
  for (; e <= last; e++) {
    const t = tokens[e]
    if (t.text === ':' && tokens[e + 1]?.kind === 'quote') break
    if (t.text === ';') break
    if (t.text === ',' && tokens[e + 1] && isSpeechVerb(tokens[e + 1]) && /ing$/.test(tokens[e + 1].lower)) break
    if (inQuote[e] && inQuote[e] !== inQuote[c] && t.kind === 'quote' && tokens[e - 1]?.text === ':') break
  }
  return { s: c, e, attribution: { phrase: subject, cue: v, strength: hasThat ? 0.8 : 0.65 }, thought }
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
  const phrase = readSpeakerPhrase(ctx, v + 2, comma, mentionAt)
  if (!phrase) return null
  const attribution = { phrase, cue: v, strength: 0.75 }
  if (comma < last && v - first <= 2) return { s: comma + 1, e: last + 1, attribution, thought: false }
  if (comma > last && tokens[v - 1]?.text === ',') return { s: first, e: v - 1, attribution, thought: false }
  return null
}

function clauseStart(t: Token): boolean {
  if (t.kind !== 'word') return false
  return CLAUSE_START.has(t.lower) || PRONOUNS.has(t.lower) || t.cap || /^\d/.test(t.text)
}

const AUXILIARIES = new Set('is are was were will would could can should may might must has have had does did do shall wo won’t won\'t isn’t wasn’t'.split(' '))

/** A finite verb within the first words of a clause: "the talks will continue", "Moscow has been". */
function hasFiniteVerb(ctx: DocContext, c: number, last: number): boolean {
  for (let i = c + 1; i <= Math.min(last, c + 7); i++) {
    const t = ctx.tokens[i]
    if (t.kind !== 'word' || t.cap) continue
    if (AUXILIARIES.has(t.lower) || /(?:ed|es)$/.test(t.lower) || /[^s]s$/.test(t.lower)) return true
  }
  return false
}

