/** Lower case without accents, for comparing names and credit lines ("Abaca Presse" ~ "abaca"). */
export function foldText(text: string): string {
  const lower = text.toLowerCase()
  return /[\u0080-\uffff]/.test(lower) ? lower.normalize('NFKD').replace(/\p{M}/gu, '') : lower
}
