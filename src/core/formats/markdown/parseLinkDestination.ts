const ESCAPABLE = /[!-/:-@[-`{-~]/
/** Longer destinations are refused by isSafeHref anyway; the bound keeps `[a](` × n linear. */
const MAX_DESTINATION = 2048
const MAX_TITLE = 2048

/**
 * Reads the `(destination "title")` part of an inline link starting at `text[start]` (which
 * must be `(`). Returns the destination with backslash escapes resolved and the index after
 * the closing parenthesis, or null when it is not a link destination.
 */
export function parseLinkDestination(text: string, start: number): { href: string; end: number } | null {
  let i = start + 1
  const skipSpace = (): void => {
    while (i < text.length && /[ \t\n]/.test(text[i]!)) i++
  }
  skipSpace()
  let href = ''
  if (text[i] === '<') {
    i++
    for (;;) {
      const c = text[i]
      if (c === undefined || c === '\n' || c === '<' || href.length > MAX_DESTINATION) return null
      if (c === '>') break
      if (c === '\\' && ESCAPABLE.test(text[i + 1] ?? '')) {
        href += text[i + 1]
        i += 2
      } else {
        href += c
        i++
      }
    }
    i++
  } else {
    let depth = 0
    for (;;) {
      const c = text[i]
      // Space and control characters end a bare destination (checked by code: this loop is hot).
      const code = text.charCodeAt(i)
      if (c === undefined || code <= 0x20 || (code >= 0x7f && code <= 0x9f)) break
      if (href.length > MAX_DESTINATION) return null
      if (c === '\\' && ESCAPABLE.test(text[i + 1] ?? '')) {
        href += text[i + 1]
        i += 2
        continue
      }
      if (c === '(') depth++
      if (c === ')') {
        if (depth === 0) break
        depth--
      }
      href += c
      i++
    }
    if (depth !== 0) return null
  }
  const beforeTitle = i
  skipSpace()
  const quote = text[i]
  if (i > beforeTitle && (quote === '"' || quote === "'" || quote === '(')) {
    const closer = quote === '(' ? ')' : quote
    i++
    const titleStart = i
    while (i < text.length && text[i] !== closer && i - titleStart <= MAX_TITLE) i += text[i] === '\\' ? 2 : 1
    if (text[i] !== closer) return null
    i++
    skipSpace()
  }
  return text[i] === ')' ? { href, end: i + 1 } : null
}
