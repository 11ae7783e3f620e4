import type { DocContext } from './DocContext'
import type { MentionAt } from './MentionAt'
import type { ReportedSpeech } from './ReportedSpeech'
import type { SpeakerPhrase } from './SpeakerPhrase'
import { contentEnd } from './contentEnd'
import { isAdverb } from './isAdverb'
import { TIME_WORDS } from './lexicon/adjunctWords'
import { ROLE_NOUNS } from './lexicon/roleNouns'
import { SPEAKER_NOUNS } from './lexicon/speakerNouns'
import { sentenceSubject } from './sentenceSubject'
import { verbSubject } from './verbSubject'
import { wordSet } from './lexicon/wordSet'

const BE = new Set(['is', 'are', 'was', 'were', "'s", '’s', "'m", '’m', "'re", '’re', 'been', 'be', 'remain', 'remains', 'remained', 'seem', 'seems', 'seemed', 'appear', 'appears', 'appeared', 'became', 'become', 'becomes', 'grew', 'grown'])
/** Adjectives of stance that take their object with a preposition: "critical of", "upbeat about". */
const STANCE_ADJECTIVES: Set<string> = wordSet(`
critical|skeptical|sceptical|optimistic|pessimistic|upbeat|confident|doubtful|worried|concerned|anxious|nervous|
wary|mistrustful|distrustful|suspicious|supportive|opposed|hostile|sympathetic|enthusiastic|excited|eager|keen|
reluctant|tired|weary|sick|fed|sure|unsure|certain|uncertain|aware|unaware|convinced|adamant|insistent|vocal|
outspoken|upfront|candid|silent|mum|quiet|clear|unclear|open|happy|glad|pleased|proud|thankful|grateful|
disappointed|frustrated|angry|furious|upset|unhappy|dismayed|alarmed|shocked|surprised|troubled|annoyed|
bitter|cynical|positive|negative|bullish|bearish|hopeful|fearful|afraid|ashamed|embarrassed|comfortable|
uncomfortable|satisfied|dissatisfied|favorable|favourable|unfavorable|dismissive|contemptuous|scornful|
`)
/** Nouns of stance whose object follows a preposition: "his support for", "her criticism of". */
const STANCE_NOUNS: Set<string> = wordSet(`
support|backing|endorsement|opposition|criticism|criticisms|attack|attacks|praise|call|calls|demand|demands|
request|requests|push|plea|appeal|proposal|proposals|plan|plans|pledge|pledges|promise|promises|vow|commitment|
concern|concerns|doubts|skepticism|scepticism|disdain|contempt|dislike|distaste|revulsion|hatred|love|admiration|
enthusiasm|praise|defense|defence|rejection|condemnation|denunciation|warning|warnings|complaint|complaints|
objection|objections|description|characterization|take|view|views|position|positions|stance|argument|case|
`)
const STANCE_PREPOSITIONS = new Set(['about', 'of', 'on', 'with', 'for', 'toward', 'towards', 'to', 'over', 'against', 'behind', 'that'])
/** Verbs that express a stance through a noun: "voiced support for", "expressed concern about". */
const EXPRESS_VERBS = new Set(['voiced', 'voices', 'voice', 'voicing', 'expressed', 'expresses', 'express', 'expressing', 'threw', 'throws', 'throwing', 'lent', 'lends', 'offered', 'offers', 'pledged', 'gave', 'gives', 'made', 'makes', 'making', 'renewed', 'renews', 'reiterated', 'repeated', 'raised', 'raises', 'stepped', 'doubled'])
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your'])

/**
 * A stance expressed with an adjective or a noun, the content running to the end of the clause:
 * - `Viguerie is upbeat about Cruz’s chances`, `his website has been critical of Ryan` (be + a
 *   stance adjective + preposition; the speaker is the subject);
 * - `voiced support for Trump`, `expressed concern about the plan`, `threw her support behind
 *   Cruz` (a verb of expressing + a stance noun + preposition; the speaker is the subject);
 * - `his calls for a ban`, `Trump’s attacks on the press` (a possessor + a stance noun +
 *   preposition; the speaker is the possessor).
 * Returns null when token v starts none of these.
 */
export function stanceSpeech(ctx: DocContext, v: number, last: number, inQuote: Uint8Array, mentionAt: MentionAt): ReportedSpeech | null {
  const { tokens } = ctx
  const t = tokens[v]
  if (t.kind !== 'word' || t.cap) return null
  if (BE.has(t.lower)) {
    let a = v + 1
    while (a <= last && tokens[a].kind === 'word' && !tokens[a].cap && (isAdverb(tokens[a].lower) || /^(very|so|too|deeply|increasingly|more|less|quite|rather|fairly|pretty|also|not|no|longer|all|openly|highly|particularly|especially|extremely|relatively|now|still|already|even|less|most|far|much)$/.test(tokens[a].lower))) a++
    if (!STANCE_ADJECTIVES.has(tokens[a]?.lower ?? '')) return null
    let p = a + 1
    if (tokens[a].lower === 'fed' && tokens[p]?.lower === 'up') p++
    if (!STANCE_PREPOSITIONS.has(tokens[p]?.lower ?? '')) return null
    return found(ctx, tokens[p].lower === 'that' ? p : p + 1, last, verbSubject(ctx, v, inQuote, mentionAt), v)
  }
  if (EXPRESS_VERBS.has(t.lower)) {
    let n = v + 1
    if (POSSESSIVES.has(tokens[n]?.lower ?? '') || /^(a|an|the|new|fresh|strong|full|renewed|public)$/.test(tokens[n]?.lower ?? '')) n++
    if (/^(strong|full|public|renewed|fresh|new)$/.test(tokens[n]?.lower ?? '')) n++
    if (!STANCE_NOUNS.has(tokens[n]?.lower ?? '') || !STANCE_PREPOSITIONS.has(tokens[n + 1]?.lower ?? '')) return null
    return found(ctx, n + 2, last, verbSubject(ctx, v, inQuote, mentionAt), v)
  }
  if (STANCE_NOUNS.has(t.lower) && STANCE_PREPOSITIONS.has(tokens[v + 1]?.lower ?? '') && tokens[v + 1].lower !== 'that') {
    let o = v - 1
    while (o > 0 && tokens[o].kind === 'word' && !tokens[o].cap && /^(own|latest|recent|repeated|earlier|new|public|renewed|strong|early|continued|frequent|constant|many|several|sharp|harsh|fierce|vocal)$/.test(tokens[o].lower)) o--
    const owner = tokens[o]
    let phrase: SpeakerPhrase | null = null
    // "he expanded upon his calls for …": the clause's own subject says it, if it has one.
    if (owner?.kind === 'word' && POSSESSIVES.has(owner.lower) && owner.lower !== 'its') phrase = sentenceSubject(ctx, o, mentionAt) ?? { s: o, e: o + 1, kind: 'pronoun' }
    else if (owner?.kind === 'poss') {
      const m = mentionAt(o - 1)
      if (m && m.e === o && (m.type === 'person' || m.type === 'organization')) phrase = { s: m.s, e: m.e, kind: 'name', mention: m }
    }
    return found(ctx, v + 2, last, phrase, v)
  }
  return null
}

function found(ctx: DocContext, c: number, last: number, phrase: SpeakerPhrase | null, cue: number): ReportedSpeech | null {
  if (!phrase || c > last || !holder(ctx, phrase)) return null
  // "her criticism on Tuesday": a time, not the object.
  if (TIME_WORDS.has(ctx.tokens[c].lower)) return null
  const e = contentEnd(ctx, c, last)
  if (e <= c) return null
  return { s: c, e, attribution: { phrase, cue, strength: 0.5 }, thought: true, minWords: 1 }
}

function holder(ctx: DocContext, phrase: SpeakerPhrase): boolean {
  if (phrase.kind === 'pronoun') return !/^(it|its)$/.test(ctx.tokens[phrase.s].lower)
  if (phrase.kind === 'name') return !!phrase.mention && phrase.mention.type !== 'place'
  const head = phrase.head ?? ''
  return ROLE_NOUNS.has(head) || SPEAKER_NOUNS.has(head) || ROLE_NOUNS.has(head.replace(/s$/, ''))
}
