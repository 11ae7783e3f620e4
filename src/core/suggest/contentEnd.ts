import type { DocContext } from './DocContext'
import { isAdverb } from './isAdverb'
import { isSpeechVerb } from './isSpeechVerb'
import { ATTITUDE_VERBS } from './lexicon/attitudeVerbs'
import { SPEECH_VERBS, THOUGHT_VERBS } from './lexicon/speechVerbs'
import { PRONOUNS } from './lexicon/pronouns'
import { ROLE_NOUNS } from './lexicon/roleNouns'
import { SPEAKER_NOUNS } from './lexicon/speakerNouns'

/**
 * Where reported content that starts at token c ends (exclusive), at most at `last` + 1: before
 * a semicolon, before a colon that opens a quotation (that quote is direct), before a further
 * `, adding that …` (its own reported speech), and before a second attribution by the same
 * subject — `… and predicted that …`, `…, said Wednesday …` after a relative clause — so
 * that each gets its own quote.
 */
export function contentEnd(ctx: DocContext, c: number, last: number): number {
  const { tokens } = ctx
  let e = c
  for (; e <= last; e++) {
    const t = tokens[e]
    if (t.text === ';') break
    if (t.text === ':' && tokens[e + 1]?.kind === 'quote') break
    if (e === c) continue
    // "…: He says news outlets …", "… — while his supporters have accused …": a dash or a colon
    // before a new subject with its own verb of saying or stance.
    if ((t.text === ':' || t.text === '—' || t.text === '–' || t.text === '--') && newAttribution(ctx, e + 1, last)) break
    if (t.text !== ',' && t.lower !== 'and' && t.lower !== 'but') continue
    // "…, and his critics hysterically denounced him", "…, and aviation experts say …", "…, and
    // he raised them": a new subject with its own finite verb of saying or stance.
    if (t.text === ',' && newAttribution(ctx, e + 1, last)) break
    let k = e + 1
    // "…were ''overblown,'' adding that": the comma may sit inside a closing quotation mark.
    while (k <= last && tokens[k].kind === 'quote') k++
    while (k <= last && tokens[k].kind === 'word' && !tokens[k].cap && isAdverb(tokens[k].lower) && !/^(has|have|had|was|is|did|does|do|would|will)$/.test(tokens[k].lower)) k++
    // "… in 2010, records show.", "…, officials said.": a short attribution closing the sentence.
    if (t.text === ',' && postposedTail(ctx, k, last)) break
    let next = tokens[k]
    // "…, Marco Rubio still believes that", "… and Trump calling it …": a new subject and its
    // verb of saying or stance.
    if (next?.kind === 'word' && (next.cap || /^(he|she|they|we|i)$/.test(next.lower))) {
      let j = k
      while (j <= last && j - k < 4 && tokens[j].kind === 'word' && tokens[j].cap) j++
      if (j === k) j++
      while (j <= last && tokens[j].kind === 'word' && !tokens[j].cap && isAdverb(tokens[j].lower)) j++
      const verb = tokens[j]
      const cue = verb?.kind === 'word' && !verb.cap && (SPEECH_VERBS.has(verb.lower) || THOUGHT_VERBS.has(verb.lower) || ATTITUDE_VERBS.has(verb.lower))
      if (cue && (t.text === ',' ? !/ing$/.test(verb.lower) : /ing$/.test(verb.lower) && SPEECH_VERBS.has(verb.lower))) break
      continue
    }
    next = tokens[k]
    if (!next || next.kind !== 'word' || next.cap) continue
    // "…, adding that", "… and implying that": a participle of saying opens its own attribution.
    if (/ing$/.test(next.lower)) {
      if (isSpeechVerb(next) || (t.lower === 'and' && ATTITUDE_VERBS.has(next.lower) && tokens[k + 1]?.lower === 'that')) break
      continue
    }
    // A finite verb of saying or of stance right after the conjunction: a new attribution.
    const speech = SPEECH_VERBS.has(next.lower)
    if (t.text === ',' ? speech && /(?:ed|said|told|wrote|says|tells)$/.test(next.lower) && tokens[k + 1]?.lower !== 'by'
      : speech || THOUGHT_VERBS.has(next.lower) || ATTITUDE_VERBS.has(next.lower)) break
  }
  return e
}

/** Whether tokens [k, last] are a short "X said" / "records show" that ends the sentence. */
function postposedTail(ctx: DocContext, k: number, last: number): boolean {
  const { tokens } = ctx
  if (last - k > 5 || last < k + 1) return false
  for (let i = k; i <= last; i++) if (tokens[i].kind !== 'word' && tokens[i].kind !== 'poss') return false
  const verb = tokens[last]
  return !verb.cap && (/(?:said|says|reported|reports|show|shows|showed|told)$/.test(verb.lower)) && (SPEECH_VERBS.has(verb.lower) || THOUGHT_VERBS.has(verb.lower))
}

const CONJUNCTIONS = new Set(['and', 'but', 'while', 'whereas', 'yet'])
const NP_OPENERS = new Set(['the', 'his', 'her', 'their', 'its', 'our', 'many', 'some', 'most', 'several', 'other', 'few', 'both', 'all'])
const AUX = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'did', 'does', 'do', 'will', 'would', 'been', 'not', 'also', 'never', 'still', 'long', 'often', 'repeatedly', 'since'])
const STANCE_BE = new Set(['critical', 'skeptical', 'sceptical', 'adamant', 'confident', 'convinced', 'doubtful', 'dismissive', 'supportive', 'opposed', 'hostile', 'wary'])

/**
 * Whether tokens from k open a new attribution of their own: an optional conjunction, a subject
 * (a name, a personal pronoun, or a short description such as "his critics", "aviation experts",
 * "the candidate"), auxiliaries and adverbs, then a finite verb of saying, thinking or stance
 * ("denounced", "say", "believes", "has accused") or "be" with a stance adjective ("has been
 * critical of"). Used to cut reported content before a second attribution.
 */
function newAttribution(ctx: DocContext, k: number, last: number): boolean {
  const { tokens } = ctx
  if (tokens[k] && CONJUNCTIONS.has(tokens[k].lower)) k++
  const first = tokens[k]
  if (!first || first.kind !== 'word' || k > last) return false
  let j = k
  if (first.cap || PRONOUNS.has(first.lower)) {
    if (PRONOUNS.has(first.lower)) {
      if (first.lower === 'it' || first.lower === 'you') return false
      j = k + 1
    } else {
      while (j <= last && j - k < 4 && (tokens[j].kind === 'word' && tokens[j].cap || isAbbreviationDot(ctx, j))) j++
    }
  } else {
    // A short description: "his critics", "aviation experts", "the Republican nominee".
    let head = ''
    while (j <= last && j - k < 5 && tokens[j].kind === 'word' && !AUX.has(tokens[j].lower) && !/ly$/.test(tokens[j].lower) && !SPEECH_VERBS.has(tokens[j].lower) && !THOUGHT_VERBS.has(tokens[j].lower) && !ATTITUDE_VERBS.has(tokens[j].lower)) {
      head = tokens[j].lower
      j++
    }
    if (j === k) return false
    const described = NP_OPENERS.has(first.lower) || j - k >= 2
    const plural = /[^s]s$/.test(head)
    if (!described && !plural) return false
    if (!(ROLE_NOUNS.has(head) || SPEAKER_NOUNS.has(head) || ROLE_NOUNS.has(head.replace(/s$/, '')) || (plural && NP_OPENERS.has(first.lower)))) return false
  }
  let aux = false
  while (j <= last && tokens[j].kind === 'word' && !tokens[j].cap && (AUX.has(tokens[j].lower) || /ly$/.test(tokens[j].lower) || /n[’']t$/.test(tokens[j].lower))) {
    if (/^(has|have|had|is|are|was|were|been|did|does|do|will|would)$/.test(tokens[j].lower) || /n[’']t$/.test(tokens[j].lower)) aux = true
    j++
  }
  const verb = tokens[j]
  if (!verb || verb.kind !== 'word' || verb.cap || j > last) return false
  if (aux && STANCE_BE.has(verb.lower)) return true
  if (/ing$/.test(verb.lower)) return false
  return SPEECH_VERBS.has(verb.lower) || THOUGHT_VERBS.has(verb.lower) || ATTITUDE_VERBS.has(verb.lower)
}

function isAbbreviationDot(ctx: DocContext, i: number): boolean {
  const t = ctx.tokens[i]
  return t.text === '.' && ctx.tokens[i - 1]?.kind === 'word' && ctx.tokens[i - 1].text.length <= 3 && ctx.tokens[i - 1].cap
}
