/** A short, single-line excerpt of text for a message: at most `max` characters, cut at a word. */
export function excerpt(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= max) return flat
  const cut = flat.slice(0, max)
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`
}

/** Text in curly quotation marks, unless it already starts or ends with one. */
export function quoted(text: string): string {
  return /^[“"‘'«]|[”"’'»]$/.test(text) ? text : `“${text}”`
}
