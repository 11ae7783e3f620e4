/** Lower case without accents, the cheap way for ASCII (the common case in a hot loop). */
export function foldKey(word: string): string {
  const lower = word.toLowerCase()
  for (let i = 0; i < lower.length; i++) {
    if (lower.charCodeAt(i) > 127) return lower.normalize('NFKD').replace(/\p{M}+/gu, '').replace(/[’‘`]/g, "'")
  }
  return lower
}
