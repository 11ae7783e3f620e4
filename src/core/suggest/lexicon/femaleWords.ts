/** Titles and role nouns that mark a woman (for "she" and "the spokeswoman"). */
export const FEMALE_WORDS: Set<string> = new Set('she her mrs ms miss madam lady queen princess spokeswoman chairwoman congresswoman actress businesswoman dame duchess countess baroness empress'.split(' '))
