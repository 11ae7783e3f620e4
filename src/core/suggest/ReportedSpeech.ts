import type { Attribution } from './Attribution'

/** Reported speech without quotation marks: the content's tokens [s, e) and its attribution. */
export interface ReportedSpeech {
  s: number
  e: number
  attribution: Attribution
  thought: boolean
  /** Fewest words the content may have: a stance's object can be one name ("endorsed Clinton"). */
  minWords?: number
}
