/** Titles and role nouns that mark a man (for "he" and "the spokesman"). */
export const MALE_WORDS: Set<string> = new Set('he him mr sir lord king prince spokesman chairman congressman actor businessman duke count baron emperor'.split(' '))
