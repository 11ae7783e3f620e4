import type { MarkJSON, NodeJSON } from '../../model/DocJSON'
import { isSafeHref } from '../../model/isSafeHref'
import { markKey } from '../../model/markKey'
import { normalizeInline } from '../../model/normalizeInline'
import { decodeEntity } from './decodeEntity'
import { normalizeLabel } from './normalizeLabel'
import { parseLinkDestination } from './parseLinkDestination'
import { parseSpanAttrs } from './parseSpanAttrs'
import { spanAttrsToMark } from './spanAttrsToMark'

/**
 * A mark opened and closed somewhere in the token list. Open and close tokens share one
 * Scope object, so nesting is resolved by identity, not by comparing marks. `mark: null` keeps
 * the text without a mark (unknown span, unsafe link); `drop` hides the text (images).
 */
interface Scope {
  mark: MarkJSON | null
  drop: boolean
}

interface Delim {
  kind: 'delim'
  ch: '*' | '_' | '~'
  /** Characters not yet used by a match. */
  count: number
  length: number
  canOpen: boolean
  canClose: boolean
  /** Scopes this run closes (innermost first) and opens (in match order: innermost first). */
  closes: Scope[]
  opens: Scope[]
  /** Neighbours on the delimiter stack (a linked list: removal must be O(1) on long paragraphs). */
  below: Delim | null
  above: Delim | null
}

/** The delimiter stack: runs that may still open or close emphasis, oldest at the bottom. */
class DelimStack {
  top: Delim | null = null

  push(delim: Delim): void {
    delim.below = this.top
    if (this.top) this.top.above = delim
    this.top = delim
  }

  remove(delim: Delim): void {
    if (delim.below) delim.below.above = delim.above
    if (delim.above) delim.above.below = delim.below
    else this.top = delim.below
    delim.below = delim.above = null
  }

  /** The lowest delimiter above `bottom` (null: the whole stack). */
  firstAbove(bottom: Delim | null): Delim | null {
    let d = this.top
    while (d && d.below !== bottom) d = d.below
    return d
  }
}

interface Bracket {
  kind: 'bracket'
  image: boolean
  /** Where the bracket's raw text starts, for reference-link labels. */
  textStart: number
  /** Top of the delimiter stack when the bracket opened: emphasis inside is resolved first. */
  delimBottom: Delim | null
  /** A link closed inside: this bracket may still become a span, but not a link. */
  holdsLink: boolean
  scope: Scope | null
}

type Token = { kind: 'text'; text: string } | { kind: 'break' } | { kind: 'close'; scope: Scope } | Delim | Bracket

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/
const WHITESPACE = /\s/
const OPEN_TAG = /^<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>/
const CLOSE_TAG = /^<\/[A-Za-z][A-Za-z0-9-]*\s*>/
const COMMENT = /^<!--[\s\S]*?-->/
const AUTOLINK = /^<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*)>/
const EMAIL_AUTOLINK = /^<([A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)>/
const ENTITY = /^&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/

/**
 * CommonMark's "process emphasis" over the delimiter runs above `bottom`: each closer looks
 * back for the nearest matching opener (with the rule of 3), a match records a bold/italic/
 * strike scope on both runs, runs between them become literal, and everything above bottom
 * leaves the stack. `openersBottom` remembers where a failed search stopped, so adversarial
 * input stays linear. Flanking is decided by white space only (punctuation is ignored), which
 * reads every file the writer produces and ordinary Markdown alike.
 */
function processEmphasis(stack: DelimStack, bottom: Delim | null): void {
  const openersBottom = new Map<string, Delim | null>()
  let closer = stack.firstAbove(bottom)
  while (closer) {
    if (!closer.canClose) {
      closer = closer.above
      continue
    }
    const key = `${closer.ch}${closer.canOpen ? 1 : 0}${closer.length % 3}`
    const limit = openersBottom.get(key) ?? bottom
    let opener = closer.below
    for (; opener && opener !== bottom && opener !== limit; opener = opener.below) {
      if (opener.ch !== closer.ch || !opener.canOpen) continue
      if (closer.ch === '~') break
      const oddMatch = (opener.canClose || closer.canOpen) && (opener.length + closer.length) % 3 === 0 && !(opener.length % 3 === 0 && closer.length % 3 === 0)
      if (!oddMatch) break
    }
    if (!opener || opener === bottom || opener === limit) {
      openersBottom.set(key, closer.below)
      const next: Delim | null = closer.above
      if (!closer.canOpen) stack.remove(closer)
      closer = next
      continue
    }
    const use = closer.ch === '~' ? 2 : opener.count >= 2 && closer.count >= 2 ? 2 : 1
    const type = closer.ch === '~' ? 'strike' : use === 2 ? 'bold' : 'italic'
    const scope: Scope = { mark: { type }, drop: false }
    opener.count -= use
    closer.count -= use
    opener.opens.push(scope)
    closer.closes.push(scope)
    // Runs between a matched pair can no longer match anything: they stay literal text.
    while (opener.above && opener.above !== closer) stack.remove(opener.above)
    if (opener.count === 0) stack.remove(opener)
    if (closer.count === 0) {
      const next: Delim | null = closer.above
      stack.remove(closer)
      closer = next
    }
  }
  while (stack.top && stack.top !== bottom) stack.remove(stack.top)
}

/** Turns the token list into text nodes carrying the marks of the scopes open around them. */
function flatten(tokens: Token[]): NodeJSON[] {
  const open: Scope[] = []
  const nodes: NodeJSON[] = []
  const emit = (text: string): void => {
    if (!text || open.some((s) => s.drop)) return
    // Nested equal marks (`**a **b** c**`) are one mark on the text.
    const marks = open.flatMap((s) => (s.mark ? [s.mark] : [])).filter((m, i, all) => all.findIndex((n) => markKey(n) === markKey(m)) === i)
    nodes.push(marks.length ? { type: 'text', text, marks } : { type: 'text', text })
  }
  const close = (scope: Scope): void => {
    const i = open.lastIndexOf(scope)
    if (i !== -1) open.splice(i, 1)
  }
  for (const token of tokens) {
    switch (token.kind) {
      case 'text':
        emit(token.text)
        break
      case 'break':
        if (!open.some((s) => s.drop)) nodes.push({ type: 'hardBreak' })
        break
      case 'close':
        close(token.scope)
        break
      case 'bracket':
        if (token.scope) open.push(token.scope)
        else emit(token.image ? '![' : '[')
        break
      case 'delim':
        token.closes.forEach(close)
        emit(token.ch.repeat(token.count))
        // The last match used the outermost characters, so its scope opens first.
        open.push(...[...token.opens].reverse())
        break
    }
  }
  return nodes
}

/**
 * Parses the inline content of one Markdown block (lines joined with '\n') into text nodes
 * with marks: emphasis (`*`/`_`, `**`/`__`), `~~strike~~`, links (inline, reference,
 * autolinks; http(s)/mailto only), Pandoc bracketed spans `[text]{.class key="value"}`
 * (mapped by spanAttrsToMark), backslash escapes, entities, hard breaks. Code spans read as
 * their text, images and raw HTML tags are dropped (`<br>` is a break).
 */
export function parseInline(text: string, refs: ReadonlyMap<string, string> = new Map()): NodeJSON[] {
  const tokens: Token[] = []
  const delims = new DelimStack()
  const brackets: Bracket[] = []
  /** Backtick run lengths with no closing run after the given position (CommonMark's linear-time trick). */
  const noCodeCloser = new Map<number, number>()
  let buffer = ''
  const flush = (): void => {
    if (buffer) tokens.push({ kind: 'text', text: buffer })
    buffer = ''
  }
  const skipLineStart = (i: number): number => {
    while (text[i] === ' ' || text[i] === '\t') i++
    return i
  }
  const closeBracket = (bracket: Bracket, mark: MarkJSON | null, end: number): number => {
    flush()
    processEmphasis(delims, bracket.delimBottom)
    bracket.scope = { mark, drop: bracket.image }
    tokens.push({ kind: 'close', scope: bracket.scope })
    // No links inside links: the brackets around this one can no longer become links.
    if (mark?.type === 'link' && !bracket.image) for (const b of brackets) b.holdsLink = true
    return end
  }
  const linkMark = (href: string): MarkJSON | null => (isSafeHref(href) ? { type: 'link', attrs: { href } } : null)

  let i = 0
  while (i < text.length) {
    const c = text[i]!
    // Look-ahead window for the regexes below; sliced only where one is needed.
    const rest = (): string => text.slice(i, i + 2000)
    if (c === '\\') {
      const next = text[i + 1]
      if (next === '\n') {
        flush()
        tokens.push({ kind: 'break' })
        i = skipLineStart(i + 2)
      } else if (next !== undefined && ASCII_PUNCTUATION.test(next)) {
        buffer += next
        i += 2
      } else {
        buffer += c
        i++
      }
    } else if (c === '\n') {
      const spaces = /[ \t]*$/.exec(buffer)![0].length
      buffer = buffer.replace(/[ \t]+$/, '')
      if (spaces >= 2) {
        flush()
        tokens.push({ kind: 'break' })
      } else buffer += ' '
      i = skipLineStart(i + 1)
    } else if (c === '`') {
      const run = /^`+/.exec(rest())![0].length
      const known = noCodeCloser.get(run)
      const closeAt = known !== undefined && known <= i ? -1 : text.slice(i + run).search(new RegExp(`(?<!\`)\`{${run}}(?!\`)`))
      if (closeAt === -1) noCodeCloser.set(run, i)
      if (closeAt === -1) {
        buffer += '`'.repeat(run)
        i += run
      } else {
        let code = text.slice(i + run, i + run + closeAt).replace(/\n/g, ' ')
        if (/^ .*[^ ].* $/s.test(code) || /^ [^ ] $/.test(code)) code = code.slice(1, -1)
        buffer += code
        i += run + closeAt + run
      }
    } else if (c === '*' || c === '_' || c === '~') {
      const run = new RegExp(`^\\${c}+`).exec(rest())![0].length
      const before = i === 0 ? ' ' : text[i - 1]!
      const after = text[i + run] ?? ' '
      const left = !WHITESPACE.test(after)
      const right = !WHITESPACE.test(before)
      if (c === '~' && run !== 2) {
        buffer += c.repeat(run)
      } else {
        flush()
        // Intraword `_` is text (snake_case); intraword `*` is emphasis, as in CommonMark.
        const canOpen = c === '_' ? left && (!right || ASCII_PUNCTUATION.test(before)) : left
        const canClose = c === '_' ? right && (!left || ASCII_PUNCTUATION.test(after)) : right
        const delim: Delim = { kind: 'delim', ch: c, count: run, length: run, canOpen, canClose, closes: [], opens: [], below: null, above: null }
        tokens.push(delim)
        delims.push(delim)
      }
      i += run
    } else if (c === '[' || (c === '!' && text[i + 1] === '[')) {
      flush()
      const image = c === '!'
      const bracket: Bracket = { kind: 'bracket', image, textStart: i + (image ? 2 : 1), delimBottom: delims.top, holdsLink: false, scope: null }
      tokens.push(bracket)
      brackets.push(bracket)
      i += image ? 2 : 1
    } else if (c === ']') {
      const bracket = brackets.pop()
      if (!bracket) {
        buffer += c
        i++
        continue
      }
      // Labels over 999 characters are never references (CommonMark), which also bounds the work.
      const label = refs.size && i - bracket.textStart <= 999 ? text.slice(bracket.textStart, i) : ''
      const link = text[i + 1] === '(' && !bracket.holdsLink ? parseLinkDestination(text, i + 1) : null
      const span = !link && !bracket.image && text[i + 1] === '{' ? parseSpanAttrs(text, i + 1) : null
      const refMatch = !link && !span ? /^\[([^\]]{0,999})\]/.exec(text.slice(i + 1, i + 1002)) : null
      const refLabel = normalizeLabel(refMatch && refMatch[1] ? refMatch[1] : label)
      const ref = !link && !span && refLabel && !bracket.holdsLink ? refs.get(refLabel) : undefined
      if (link) i = closeBracket(bracket, linkMark(link.href), link.end)
      else if (span) i = closeBracket(bracket, spanAttrsToMark(span.attrs), span.end)
      else if (ref !== undefined) i = closeBracket(bracket, linkMark(ref), i + 1 + (refMatch ? refMatch[0].length : 0))
      else {
        buffer += c
        i++
      }
    } else if (c === '<') {
      const ahead = rest()
      const auto = AUTOLINK.exec(ahead)
      const email = auto ? null : EMAIL_AUTOLINK.exec(ahead)
      const tag = auto || email ? null : (COMMENT.exec(ahead) ?? OPEN_TAG.exec(ahead) ?? CLOSE_TAG.exec(ahead))
      if (auto || email) {
        const href = auto ? auto[1]! : `mailto:${email![1]}`
        const mark = linkMark(href)
        flush()
        const scope: Scope = { mark, drop: false }
        tokens.push({ kind: 'bracket', image: false, textStart: i, delimBottom: delims.top, holdsLink: false, scope })
        tokens.push({ kind: 'text', text: (auto ?? email)![1]! }, { kind: 'close', scope })
        i += (auto ?? email)![0].length
      } else if (tag) {
        if (/^<br\b/i.test(tag[0])) {
          flush()
          tokens.push({ kind: 'break' })
        }
        i += tag[0].length
      } else {
        buffer += c
        i++
      }
    } else if (c === '&') {
      const entity = ENTITY.exec(rest())
      const decoded = entity ? decodeEntity(entity[1]!) : null
      if (entity && decoded !== null) {
        buffer += decoded
        i += entity[0].length
      } else {
        buffer += c
        i++
      }
    } else {
      buffer += c
      i++
    }
  }
  flush()
  processEmphasis(delims, null)
  return normalizeInline(flatten(tokens), false)
}
