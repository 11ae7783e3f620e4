/** Personal pronouns that can stand for a speaker ("he said"), lower-cased. */
export const PRONOUNS: Set<string> = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you'])
