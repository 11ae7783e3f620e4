/**
 * Escapes text so that readArticleMarkdown (and Pandoc) read it back as the same characters.
 * Everywhere: the characters that start inline syntax (\ ` * _ [ ] < ~ ^), `&` when it would
 * read as an entity, `@` where Pandoc would see a citation. At the start of a line, also what
 * would start a block: headings, quotes, list items (including Pandoc's `a)` and `(i)` lists),
 * setext underlines and definition lists.
 */
export function escapeMarkdownText(text: string, atLineStart: boolean): string {
  let s = text
    .replace(/[\\`*_[\]<~^]/g, '\\$&')
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')
    .replace(/(^|[^\p{L}\p{N}_])@(?=[\p{L}\p{N}_])/gu, '$1\\@')
  if (atLineStart) {
    s = s
      .replace(/^[#>+=-]/, '\\$&')
      .replace(/^(\d{1,9}|[a-zA-Z]|[ivxlcdmIVXLCDM]+)([.)])(?=\s|$)/, '$1\\$2')
      .replace(/^\((?=(?:\d{1,9}|[a-zA-Z]|[ivxlcdmIVXLCDM]+)\)(?:\s|$))/, '\\(')
      .replace(/^:(?=\s|$)/, '\\:')
  }
  return s
}
