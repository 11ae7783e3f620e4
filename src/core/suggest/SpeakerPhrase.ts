import type { Mention } from './Mention'

/**
 * The words that name a quote's speaker locally, as token indices [s, e): a name ("Peskov"),
 * a pronoun ("He") or a description ("the Kremlin spokesman"). `mention` is the entity mention
 * inside it, if any; `head` the lower-cased last word of a description.
 */
export interface SpeakerPhrase {
  s: number
  e: number
  kind: 'name' | 'pronoun' | 'nominal'
  mention?: Mention
  head?: string
}
