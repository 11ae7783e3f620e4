import type { DocContext } from './DocContext'
import type { MentionAt } from './MentionAt'
import type { SpeakerPhrase } from './SpeakerPhrase'
import { isAbbreviationPeriod } from './isAbbreviationPeriod'
import { isSpeechVerb } from './isSpeechVerb'
import { readSpeakerPhrase } from './readSpeakerPhrase'

/** Lower-case words that end the speaker phrase after an inverted verb: an adjunct or a clause begins. */
const BOUNDARY = new Set('who whose which that during in on at after before while when as to from via through since with without by about amid asked adding saying noting because although though but and'.split(' '))
const DETERMINERS = new Set('a an the one another this that his her their its'.split(' '))
const MAX_WORDS = 10

/**
 * The speaker after an inverted speech verb, starting at token s and ending before `limit`:
 * "said Ambassador Mohib", "said former tech executive Carly Fiorina during the debate", "wrote
 * a Trump supporter who runs …", "said a spokesman for the ministry on Tuesday". The phrase
 * stops at a comma, a stop, a quotation mark, or a word that opens an adjunct or a clause.
 */
export function readInvertedSpeaker(ctx: DocContext, s: number, limit: number, mentionAt: MentionAt): SpeakerPhrase | null {
  const { tokens } = ctx
  let e = s
  while (e < limit && e - s < MAX_WORDS) {
    const t = tokens[e]
    if (t.kind === 'break' || t.kind === 'quote') break
    if (t.kind === 'punct' && t.text !== '-' && !isAbbreviationPeriod(tokens, e)) break
    // "secretary of state", "the press secretary": a speech verb after "of" or a determiner is a noun.
    const noun = /^(of|the|a|an|his|her|their|its)$/.test(tokens[e - 1]?.lower ?? '') || tokens[e - 1]?.kind === 'poss'
    if (t.kind === 'word' && !t.cap && e > s && (BOUNDARY.has(t.lower) || ((isSpeechVerb(t) || (/ing$/.test(t.lower) && t.lower.length > 5)) && !noun))) break
    e++
  }
  if (e === s) return null
  const phrase = readSpeakerPhrase(ctx, s, e, mentionAt)
  if (phrase) return phrase
  const m = mentionAt(e - 1)
  if (m && m.e === e && m.type === 'person') return { s, e, kind: 'name', mention: m }
  if (DETERMINERS.has(tokens[s].lower) && e - s > 1 && tokens[e - 1].kind === 'word') return { s, e, kind: 'nominal', head: tokens[e - 1].lower }
  return null
}
