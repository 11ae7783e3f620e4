/** Names as a byline prints them: `A`, `A and B`, `A, B and C`. Blank names are left out. */
export function joinNames(names: readonly string[] | undefined): string {
  const list = (names ?? []).map((n) => n.trim()).filter(Boolean)
  if (list.length <= 1) return list[0] ?? ''
  return `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`
}
