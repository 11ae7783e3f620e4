import type { Mention } from './Mention'

/** Finds the mention covering token i (an index from token to mention, built once per text). */
export type MentionAt = (i: number) => Mention | undefined
