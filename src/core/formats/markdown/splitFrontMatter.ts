/**
 * Separates YAML front matter from the Markdown body. Front matter is a first line `---`
 * and a closing `---` or `...` line; without both there is none and all of the text is body.
 */
export function splitFrontMatter(text: string): { yaml: string | null; body: string } {
  const m = /^---[ \t]*\n([\s\S]*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text)
  if (!m) return { yaml: null, body: text }
  return { yaml: m[1] ?? '', body: text.slice(m[0].length) }
}
