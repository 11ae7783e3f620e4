/** The person (or body) a speaker phrase stands for, and how sure the resolution is. */
export interface ResolvedSpeaker {
  name: string
  entityId?: string
  /** 0..1: a name is sure, a pronoun or description less so. */
  certainty: number
}
