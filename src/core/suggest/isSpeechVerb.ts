import type { Token } from './Token'
import { SPEECH_VERBS } from './lexicon/speechVerbs'

/** A lower-case speech verb ("said", "tells", "added"); "according" counts, for "according to". */
export function isSpeechVerb(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && (t.lower === 'according' || (!t.cap && SPEECH_VERBS.has(t.lower)))
}
