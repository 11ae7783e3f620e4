/**
 * True for the only link targets an article may carry: http(s) URLs with a host, and mailto.
 * Everything else (javascript:, data:, file:, relative paths) is dropped by every reader and
 * writer, so an imported file can never smuggle a script URL into the editor or an export.
 */
export function isSafeHref(href: string): boolean {
  // Whitespace and control characters are refused rather than trimmed: browsers strip them,
  // which is how `java\nscript:` tricks work.
  // 2048 is also the longest destination the Markdown reader accepts, so every link that is
  // written reads back.
  if (href.length === 0 || href.length > 2048 || /[\s\p{Cc}]/u.test(href)) return false
  return /^https?:\/\/[^/?#]+(?:[/?#].*)?$/i.test(href) || /^mailto:.+$/i.test(href)
}
