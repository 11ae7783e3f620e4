/** Lower case without accents, the cheap way for ASCII (the common case in a hot loop). */
export function foldKey(word: string): string {
  const lower = word.toLowerCase()
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(lower)) return lower
  return lower.normalize('NFKD').replace(/\p{M}+/gu, '').replace(/[’‘`]/g, "'")
}
