import type { DocContext } from './DocContext'
import type { MentionAt } from './MentionAt'
import type { ReportedSpeech } from './ReportedSpeech'
import type { SpeakerPhrase } from './SpeakerPhrase'
import { isAbbreviationPeriod } from './isAbbreviationPeriod'
import { isSpeechVerb } from './isSpeechVerb'
import { ADJUNCT_WORDS, LISTENERS, PREPOSITIONS, TIME_WORDS } from './lexicon/adjunctWords'
import { ROLE_NOUNS } from './lexicon/roleNouns'
import { SPEAKER_NOUNS } from './lexicon/speakerNouns'
import { THOUGHT_VERBS } from './lexicon/speechVerbs'
import { readInvertedSpeaker } from './readInvertedSpeaker'
import { subjectBefore } from './subjectBefore'

const TAIL_WORDS = new Set(['of', 'for', 'with', 'by', 'from', 'and', 'news', 'conference', 'network', 'show', 'program', 'programme', 'page', 'account', 'site', 'website', 'blog', 'feed', 'channel', 'facebook', 'twitter'])
const NP_WORDS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'of', 'to', 'for', 'at', 'in', 'and', 'former', 'senior', 'top', 'chief', 'local', 'national', 'state', 'federal', 'foreign', 'deputy', 'assistant', 'acting', 'then', 'longtime', 'one', 'two', 'three', 'several', 'some', 'many', 'other'])
const CLAUSE_WORDS = new Set('is are was were be been being has have had do does did will would can could should may might must that which who whose whom when where while because if'.split(' '))
const MAX_NP = 9
const MAX_TAIL = 10

/**
 * Reported speech whose attribution follows it, in one sentence:
 * - `CLAUSE, X said.` / `CLAUSE, the BBC reported on Monday.` / `CLAUSE, Chad's ambassador to
 *   France confirmed.` / `CLAUSE, a spokesman told The Wall Street Journal.` — the speaker is the
 *   noun phrase between the comma and the verb, and only adjuncts (time, setting, listener) may
 *   follow the verb;
 * - `CLAUSE, said X.` / `CLAUSE, said a spokesman for the ministry on Tuesday.` (inverted);
 * - `CLAUSE, X said, CLAUSE.` (the hull of both parts) and `As X noted, CLAUSE.`
 */
export function postposedSpeech(ctx: DocContext, v: number, from: number, last: number, mentionAt: MentionAt): ReportedSpeech | null {
  const { tokens } = ctx
  let first = from
  while (first < v && (tokens[first].kind === 'punct' || tokens[first].lower === 'and' || tokens[first].lower === 'but')) first++
  if (tokens[v - 1]?.text === ',' && v - 1 > first) {
    const phrase = invertedSpeaker(ctx, v, last, mentionAt)
    if (!phrase) return null
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
  const phrase = widen(ctx, subject, mentionAt)
  if (tokens[phrase.s - 1]?.text !== ',' || phrase.s - 1 <= first) return null
  const attribution = { phrase, cue: v, strength: 0.75 }
  if (end > last || adjunctTail(ctx, end, last + 1, tokens[v].lower)) return { s: first, e: phrase.s - 1, attribution, thought: false }
  // "CLAUSE, X said on Tuesday, CLAUSE": the content runs on after the attribution.
  let comma = end
  while (comma <= last && tokens[comma].text !== ',' && comma - end <= MAX_TAIL) comma++
  // "…, a Chinese official said, adding that …": the participle is an attribution of its own.
  const after = tokens[comma + 1]
  if (tokens[comma]?.text === ',' && after && isSpeechVerb(after) && /ing$/.test(after.lower) && (comma === end || adjunctTail(ctx, end, comma, tokens[v].lower))) {
    return { s: first, e: phrase.s - 1, attribution, thought: false }
  }
  if (tokens[comma]?.text === ',' && comma < last && (comma === end || adjunctTail(ctx, end, comma, tokens[v].lower))) {
    return { s: first, e: last + 1, attribution: { ...attribution, strength: 0.7 }, thought: false }
  }
  return null
}

/**
 * The speaker after an inverted verb, with adjuncts after it: "said Smith", "said a spokesman
 * for the ministry", "said Smith on Tuesday", "added the ministry in a statement".
 */
function invertedSpeaker(ctx: DocContext, v: number, last: number, mentionAt: MentionAt): SpeakerPhrase | null {
  const phrase = readInvertedSpeaker(ctx, v + 1, last + 1, mentionAt)
  if (!phrase || (phrase.kind === 'nominal' && !(phrase.head && (ROLE_NOUNS.has(phrase.head) || SPEAKER_NOUNS.has(phrase.head))))) return null
  return phrase
}

/**
 * The whole noun phrase a subject heads or ends, back to the comma before it: "the BBC" (not
 * just "BBC"), "Chad’s ambassador to France" (not "France"). A name inside a description that
 * only modifies it ("to France") does not become the speaker.
 */
function widen(ctx: DocContext, subject: SpeakerPhrase, mentionAt: MentionAt): SpeakerPhrase {
  const { tokens } = ctx
  let s = subject.s
  while (s > 0 && subject.e - s < MAX_NP) {
    const t = tokens[s - 1]
    if (t.kind === 'poss' || isAbbreviationPeriod(tokens, s - 1) || (t.kind === 'word' && (t.cap || NP_WORDS.has(t.lower) || ROLE_NOUNS.has(t.lower) || SPEAKER_NOUNS.has(t.lower)))) {
      s--
      continue
    }
    break
  }
  if (s === subject.s || tokens[s - 1]?.text !== ',') return subject
  while (s < subject.s && (tokens[s].lower === 'and' || tokens[s].lower === 'then')) s++
  if (subject.kind === 'name' && subject.mention?.type === 'person') return { ...subject, s }
  let head = subject.e - 1
  for (let i = s; i < subject.e; i++) {
    if (/^(of|to|for|at|in)$/.test(tokens[i].lower)) {
      head = i - 1
      break
    }
  }
  const mention = mentionAt(head)
  return { s, e: subject.e, kind: mention && mention.e === head + 1 ? 'name' : 'nominal', head: tokens[head].lower, mention: mention && mention.e === head + 1 ? mention : undefined }
}

/**
 * Tokens [a, b) are only adjuncts of a speech verb: a time, a setting or a listener ("on
 * Thursday", "in a statement posted on Facebook", "The Wall Street Journal" after "told").
 */
function adjunctTail(ctx: DocContext, a: number, b: number, verb: string): boolean {
  const { tokens } = ctx
  if (b - a > MAX_TAIL) return false
  for (let i = a; i < b; i++) {
    const t = tokens[i]
    if (isAbbreviationPeriod(tokens, i) || t.kind === 'poss' || t.text === '-' || t.text === '.') continue
    if (t.kind !== 'word') return false
    if (t.cap || /^\d/.test(t.text)) continue
    if (CLAUSE_WORDS.has(t.lower) || isSpeechVerb(t) || THOUGHT_VERBS.has(t.lower)) {
      // "in a statement posted on Facebook": a participle of posting or releasing is setting.
      if (!/^(posted|released|issued|published|aired|broadcast)$/.test(t.lower)) return false
      continue
    }
    if (PREPOSITIONS.has(t.lower) || ADJUNCT_WORDS.has(t.lower) || TIME_WORDS.has(t.lower) || TAIL_WORDS.has(t.lower)) continue
    if (/^(told|tell|tells|telling)$/.test(verb) && LISTENERS.has(t.lower)) continue
    return false
  }
  return true
}
