/** Letters that Unicode decomposition does not reduce to ASCII. */
const TRANSLITERATIONS: Record<string, string> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', ł: 'l', þ: 'th', ı: 'i', ħ: 'h', ŧ: 't', ŋ: 'ng', ĸ: 'k'
}
const MAX_LENGTH = 60

/**
 * A file-name-safe slug for `articles/<slug>.md`: ASCII lowercase letters, digits and single
 * hyphens, at most 60 characters (cut at a word boundary when there is one), 'untitled' when
 * nothing is left. Accented Latin letters lose their accents (é → e, ß → ss) so slugs stay
 * readable in every file system and URL.
 */
export function slugify(text: string): string {
  const ascii = text
    .toLowerCase()
    .replace(/[ßæœøđðłþıħŧŋĸ]/g, (c) => TRANSLITERATIONS[c] ?? c)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    // Apostrophes join rather than split: "Iran's" → "irans", not "iran-s".
    .replace(/['’ʼ`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (!ascii) return 'untitled'
  if (ascii.length <= MAX_LENGTH) return ascii
  const cut = ascii.slice(0, MAX_LENGTH + 1)
  const lastHyphen = cut.lastIndexOf('-')
  const slug = (lastHyphen > MAX_LENGTH / 2 ? cut.slice(0, lastHyphen) : cut.slice(0, MAX_LENGTH)).replace(/-+$/, '')
  return slug || 'untitled'
}
