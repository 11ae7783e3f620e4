import type { SpeakerPhrase } from './SpeakerPhrase'

/** How a quote is attributed in the text: the speaker phrase and the speech verb (cue) token. */
export interface Attribution {
  phrase: SpeakerPhrase | null
  /** Token index of the cue ("said", or "according" for "according to"), or -1. */
  cue: number
  /** How sure the rule is that this phrase is the speaker (0..1). */
  strength: number
}
