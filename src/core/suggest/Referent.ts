/** A person the text has referred to, at a token position, for pronoun and role-noun resolution. */
export interface Referent {
  pos: number
  name: string
  entityId?: string
  gender: 'm' | 'f' | null
  role?: string
  /** Mentioned as a possessive modifier ("Trump’s statement"): a poor antecedent. */
  modifier: boolean
}
