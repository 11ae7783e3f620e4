import type { DocContext } from './DocContext'
import { isAdverb } from './isAdverb'
import { isSpeechVerb } from './isSpeechVerb'
import { ATTITUDE_VERBS } from './lexicon/attitudeVerbs'
import { SPEECH_VERBS, THOUGHT_VERBS } from './lexicon/speechVerbs'

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
    if (e === c || (t.text !== ',' && t.lower !== 'and' && t.lower !== 'but')) continue
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
