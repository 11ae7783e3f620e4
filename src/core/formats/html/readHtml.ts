import type { ParsedArticle } from '../../model/Article'
import type { MarkJSON, NodeJSON } from '../../model/DocJSON'
import { docToPlainText } from '../../model/docToPlainText'
import { isEntityType } from '../../model/EntityType'
import { isSafeHref } from '../../model/isSafeHref'
import { isTagId } from '../../model/isTagId'
import { normalizeInline } from '../../model/normalizeInline'
import { QUOTE_KINDS, type QuoteKind } from '../../model/tagMarks'
import type { HtmlNodeLike } from './HtmlNodeLike'

const ELEMENT = 1
const TEXT = 3

/** Elements whose content is never article text, even if a sanitiser let them through. */
const SKIP = new Set(['HEAD', 'SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'MATH', 'IMG', 'VIDEO', 'AUDIO', 'CANVAS', 'PICTURE', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT'])
/** Elements that hold blocks; loose inline content inside them becomes paragraphs. */
const CONTAINERS = new Set([
  'HTML', 'BODY', 'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'FIGURE', 'FIGCAPTION',
  'ADDRESS', 'DL', 'DT', 'DD', 'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'TD', 'TH', 'CAPTION', 'LI', 'FORM', 'FIELDSET', 'DETAILS', 'SUMMARY', 'CENTER'
])
const MARKS: Record<string, string> = { B: 'bold', STRONG: 'bold', I: 'italic', EM: 'italic', S: 'strike', DEL: 'strike', STRIKE: 'strike', U: 'underline', INS: 'underline' }

/** Quotation marks a quote's text may already open or close with. */
const OPENING_QUOTES = /^[\s]*["'“‘„‚«‹「『]/
const CLOSING_QUOTES = /["'”’“‘»›」』][\s]*$/

const upper = (node: HtmlNodeLike): string => node.nodeName.toUpperCase()
const children = (node: HtmlNodeLike): HtmlNodeLike[] => Array.from(node.childNodes)

function findTitle(node: HtmlNodeLike): string {
  if (upper(node) === 'TITLE') return node.textContent ?? ''
  for (const child of children(node)) {
    if (child.nodeType !== ELEMENT && child.nodeType !== 9) continue
    const title = findTitle(child)
    if (title) return title
  }
  return ''
}

/**
 * The tag mark an element of Copydesk's own HTML stands for (its export and the editor's copy,
 * see htmlMarkTags): `span[data-entity][data-entity-type]`, `q|span[data-quote]` with speaker,
 * source, kind and verified, `span[data-attribution][data-source]`. Values are checked here
 * too (a caller's sanitiser might not): a malformed id or type reads as no tag.
 */
function tagMark(node: HtmlNodeLike, name: string): MarkJSON | null {
  const get = (attr: string): string | null => node.getAttribute?.(attr) ?? null
  if (name !== 'SPAN' && name !== 'Q') return null
  const quoteId = get('data-quote')
  if (isTagId(quoteId)) {
    const kind = get('data-kind') ?? ''
    const speaker = get('data-speaker')
    const source = get('data-source')
    return {
      type: 'quote',
      attrs: {
        quoteId,
        speakerId: isTagId(speaker) ? speaker : null,
        sourceId: isTagId(source) ? source : null,
        kind: (QUOTE_KINDS as readonly string[]).includes(kind) ? (kind as QuoteKind) : 'direct',
        verified: get('data-verified') === 'true'
      }
    }
  }
  if (name !== 'SPAN') return null
  const entityId = get('data-entity')
  const type = get('data-entity-type')
  if (isTagId(entityId) && isEntityType(type)) return { type: 'entity', attrs: { entityId, type } }
  const source = get('data-source')
  if (get('data-attribution') !== null && isTagId(source)) return { type: 'attribution', attrs: { sourceId: source } }
  return null
}

/** Inline content of an element as text nodes with marks; block elements inside read as their text. */
function inline(node: HtmlNodeLike, marks: MarkJSON[], out: NodeJSON[]): void {
  for (const child of children(node)) {
    if (child.nodeType === TEXT) {
      const text = child.textContent ?? ''
      if (text) out.push(marks.length ? { type: 'text', text, marks } : { type: 'text', text })
      continue
    }
    if (child.nodeType !== ELEMENT) continue
    const name = upper(child)
    if (SKIP.has(name)) continue
    if (name === 'BR') {
      out.push({ type: 'hardBreak' })
      continue
    }
    const markType = MARKS[name]
    let inner = marks
    if (markType && !marks.some((m) => m.type === markType)) inner = [...marks, { type: markType }]
    if (name === 'A') {
      const href = child.getAttribute?.('href')?.trim() ?? ''
      if (isSafeHref(href) && !marks.some((m) => m.type === 'link')) inner = [...marks, { type: 'link', attrs: { href } }]
    }
    const tag = tagMark(child, name)
    if (tag && !marks.some((m) => m.type === tag.type && JSON.stringify(m.attrs) === JSON.stringify(tag.attrs))) inner = [...inner, tag]
    // A browser shows <q> with quotation marks, so the text gets them — unless it has its own
    // (Copydesk's export writes them in the text and sets q{quotes:none}) or the <q> is one of
    // Copydesk's quote tags, whose text is exactly what was tagged (an indirect quote has none).
    const text = name === 'Q' ? (child.textContent ?? '') : ''
    const open = name === 'Q' && tag?.type !== 'quote' && !OPENING_QUOTES.test(text)
    const close = name === 'Q' && tag?.type !== 'quote' && !CLOSING_QUOTES.test(text)
    if (open) out.push({ type: 'text', text: '“', marks })
    inline(child, inner, out)
    if (close) out.push({ type: 'text', text: '”', marks })
  }
}

/** Collects the blocks of one container level (the body, a list item, a blockquote). */
class BlockReader {
  readonly target: NodeJSON[] = []
  private pending: NodeJSON[] = []

  /** Ends the paragraph made of loose inline content, if any. */
  flush(): void {
    const content = normalizeInline(this.pending, true)
    this.pending = []
    if (content.length) this.target.push({ type: 'paragraph', content })
  }

  textBlock(type: 'paragraph' | 'heading', node: HtmlNodeLike, level = 0): void {
    this.flush()
    const raw: NodeJSON[] = []
    inline(node, [], raw)
    const content = normalizeInline(raw, true)
    if (!content.length) return
    this.target.push(type === 'heading' ? { type, attrs: { level }, content } : { type, content })
  }

  /** The blocks of a container element: block children in order, loose inline runs as paragraphs. */
  container(node: HtmlNodeLike): void {
    for (const child of children(node)) {
      if (child.nodeType === TEXT) {
        this.pending.push({ type: 'text', text: child.textContent ?? '' })
        continue
      }
      if (child.nodeType !== ELEMENT) continue
      const name = upper(child)
      if (SKIP.has(name) || name === 'TITLE') continue
      const heading = /^H([1-6])$/.exec(name)
      if (heading) {
        this.textBlock('heading', child, Number(heading[1]))
      } else if (name === 'PRE') {
        this.flush()
        const lines = (child.textContent ?? '').replace(/\n$/, '').split('\n')
        const content = normalizeInline(lines.flatMap((text, i): NodeJSON[] => [...(i ? [{ type: 'hardBreak' }] : []), { type: 'text', text }]), true)
        if (content.length) this.target.push({ type: 'paragraph', content })
      } else if (name === 'UL' || name === 'OL') {
        this.flush()
        this.list(child, name === 'OL')
      } else if (name === 'BLOCKQUOTE') {
        this.flush()
        const inner = new BlockReader()
        inner.container(child)
        inner.flush()
        if (inner.target.length) this.target.push({ type: 'blockquote', content: inner.target })
      } else if (name === 'HR') {
        this.flush()
        this.target.push({ type: 'horizontalRule' })
      } else if (CONTAINERS.has(name)) {
        this.flush()
        this.container(child)
        this.flush()
      } else {
        inline({ nodeType: 11, nodeName: '#fragment', childNodes: [child], textContent: null }, [], this.pending)
      }
    }
  }

  private list(node: HtmlNodeLike, ordered: boolean): void {
    const items: NodeJSON[] = []
    for (const child of children(node)) {
      if (child.nodeType === TEXT && !(child.textContent ?? '').trim()) continue
      if (child.nodeType !== ELEMENT && child.nodeType !== TEXT) continue
      const inner = new BlockReader()
      if (child.nodeType === ELEMENT && upper(child) === 'LI') inner.container(child)
      else inner.container({ nodeType: 11, nodeName: '#fragment', childNodes: [child], textContent: null })
      inner.flush()
      if (inner.target.length) items.push({ type: 'listItem', content: inner.target })
    }
    if (!items.length) return
    const start = Number.parseInt(node.getAttribute?.('start') ?? '', 10)
    this.target.push(ordered ? { type: 'orderedList', attrs: { start: Number.isFinite(start) ? start : 1 }, content: items } : { type: 'bulletList', content: items })
  }
}

/**
 * Reads an article from an already sanitised HTML document or body (see sanitizeConfig):
 * headings, paragraphs and divs, lists, blockquotes, rules, line breaks, bold/italic/strike/
 * underline and http(s)/mailto links, and Copydesk's own entity, quote and attribution tags
 * (data-* attributes); any other element is unwrapped to its text. A leading
 * h1 is the headline; without one, the document's <title> is.
 */
export function readHtml(root: HtmlNodeLike): ParsedArticle {
  const reader = new BlockReader()
  reader.container(root)
  reader.flush()
  const blocks = reader.target
  let headline = ''
  const first = blocks[0]
  if (first?.type === 'heading' && first.attrs?.level === 1) {
    headline = docToPlainText({ type: 'doc', content: [first] })
    blocks.shift()
  } else {
    headline = findTitle(root)
  }
  return {
    headline: headline.replace(/\s+/g, ' ').trim(),
    photos: [],
    sources: [],
    custom: {},
    extra: {},
    body: { type: 'doc', content: blocks }
  }
}
