import type { Element, Node } from '@xmldom/xmldom'
import type { MarkJSON, NodeJSON } from '../../model/DocJSON'
import type { EntityType } from '../../model/EntityType'
import { isSafeHref } from '../../model/isSafeHref'
import { isTagId } from '../../model/isTagId'
import { normalizeInline } from '../../model/normalizeInline'
import { slugify } from '../../model/slugify'
import { QUOTE_KINDS, type QuoteKind, type QuoteMarkAttrs } from '../../model/tagMarks'
import { attr, CDATA_NODE, childElements, ELEMENT_NODE, foreignAttrs, localName, MAX_DEPTH, TEXT_NODE, textOf, tooDeep } from './xmlNodes'

/** NITF's inline elements that name something, and the entity type each becomes. */
export const ENTITY_ELEMENTS: Readonly<Record<string, EntityType>> = {
  person: 'person',
  org: 'organization',
  location: 'place',
  event: 'event',
  'object.title': 'work'
}

/** A registry-style id: lowercase letters and digits in hyphen-joined runs (`dmitry-peskov`). */
const SLUG_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const isSlugId = (v: string | null | undefined): v is string => !!v && SLUG_ID.test(v) && isTagId(v)

/** The entity type of an inline element, or null: NITF's named things, and `classifier type="entity"` (Copydesk's "other"). */
export function entityTypeOf(el: Element): EntityType | null {
  const name = localName(el)
  if (name === 'classifier') return (attr(el, 'type') ?? '').toLowerCase() === 'entity' ? 'other' : null
  return ENTITY_ELEMENTS[name] ?? null
}

/**
 * The entity id of an inline NITF person/org/location/event: the registry id Copydesk's own
 * exports keep in `cd:entity`, else a `value` (for `location`, `location-code`) that is already a
 * registry slug, else the slug of its name; null when the element has no name to tag. Codes of
 * other vocabularies (a Wikidata `Q42`, a ticker) are not registry ids: the name is used then.
 */
export function entityIdOf(el: Element): string | null {
  // Copydesk's own attribute carries the registry id exactly as the writer had it.
  const own = foreignAttrs(el).get('entity')
  if (isTagId(own)) return own
  const value = localName(el) === 'location' ? attr(el, 'location-code') : attr(el, 'value')
  if (isSlugId(value)) return value
  const name = textOf(el)
  if (!/[\p{L}\p{N}]/u.test(name)) return null
  const slug = slugify(name)
  return isTagId(slug) ? slug : null
}

/** What the body reader needs from the document reader. */
export interface NitfBodyContext {
  /** A fresh quote id (the caller's ULID factory). */
  newQuoteId(): string
  /** The entity id of a `q`'s quote-source (an entity id or a name in the article), or null. */
  speakerFor(quoteSource: string): string | null
  /** A `media` element met in the body: it becomes a photo, never body text. */
  onMedia(media: Element): void
  /** A `note` met in the body; true when it was taken as metadata (an editor's note) and is not body text. */
  onNote(note: Element): boolean
}

const QUOTE_CHAR_START = /^["'“”‘’«»„‚‹›「『]/
const OPENING_QUOTE_END = /["'“‘«„‚‹「『]$/

const textNode = (text: string, marks: MarkJSON[]): NodeJSON => (marks.length ? { type: 'text', text, marks } : { type: 'text', text })

/** Elements whose content is block content (paragraphs, lists…), read as a container. */
const CONTAINERS = new Set([
  'body.content', 'block', 'nitf-table', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'nitf-table-summary',
  'dl', 'dt', 'dd', 'li', 'fn', 'credit', 'tagline', 'bibliography', 'body.end', 'abstract', 'note'
])
/** Elements that never hold article text. */
const SKIP = new Set(['media', 'nitf-table-metadata', 'nitf-colgroup', 'nitf-col', 'col', 'colgroup', 'alt-code', 'media-reference', 'media-metadata', 'media-object'])

function emphasisMark(el: Element): string {
  const hint = `${attr(el, 'class') ?? ''} ${attr(el, 'style') ?? ''}`.toLowerCase()
  if (/bold|strong/.test(hint)) return 'bold'
  if (/underline/.test(hint)) return 'underline'
  if (/strike|line-through/.test(hint)) return 'strike'
  return 'italic'
}

/** Reads NITF block content (body.content and the like) into TipTap blocks. */
export class NitfBodyReader {
  readonly target: NodeJSON[] = []
  private pending: NodeJSON[] = []

  constructor(private readonly ctx: NitfBodyContext) {}

  /** Ends the paragraph made of loose inline content, if any. */
  flush(): void {
    const content = normalizeInline(this.pending, true)
    this.pending = []
    if (content.length) this.target.push({ type: 'paragraph', content })
  }

  private textBlock(el: Element, depth: number, heading: boolean): void {
    this.flush()
    const raw: NodeJSON[] = []
    this.inline(el, [], raw, depth + 1)
    const content = normalizeInline(raw, true)
    if (content.length) this.target.push(heading ? { type: 'heading', attrs: { level: 2 }, content } : { type: 'paragraph', content })
  }

  /** The blocks of a container element: block children in order, loose inline runs as paragraphs. */
  container(el: Element, depth = 0): void {
    if (depth > MAX_DEPTH) throw tooDeep()
    for (let node: Node | null = el.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_NODE) {
        this.pending.push({ type: 'text', text: node.nodeValue ?? '' })
        continue
      }
      if (node.nodeType !== ELEMENT_NODE) continue
      const c = node as Element
      const name = localName(c)
      if (name === 'media') {
        this.flush()
        this.ctx.onMedia(c)
      } else if (SKIP.has(name)) {
        continue
      } else if (name === 'p') {
        this.textBlock(c, depth, false)
      } else if (name === 'hl1' || name === 'hl2') {
        this.textBlock(c, depth, true)
      } else if (name === 'pre') {
        this.flush()
        const lines = textOfRaw(c).replace(/^\n|\n$/g, '').split('\n')
        const content = normalizeInline(lines.flatMap((text, i): NodeJSON[] => [...(i ? [{ type: 'hardBreak' }] : []), { type: 'text', text }]), true)
        if (content.length) this.target.push({ type: 'paragraph', content })
      } else if (name === 'ul' || name === 'ol') {
        this.flush()
        this.list(c, name === 'ol', depth)
      } else if (name === 'bq') {
        this.flush()
        const inner = new NitfBodyReader(this.ctx)
        inner.container(c, depth + 1)
        inner.flush()
        if (inner.target.length) this.target.push({ type: 'blockquote', content: inner.target })
      } else if (name === 'hr') {
        this.flush()
        this.target.push({ type: 'horizontalRule' })
      } else if (name === 'note') {
        this.flush()
        if (!this.ctx.onNote(c)) this.container(c, depth + 1)
        this.flush()
      } else if (CONTAINERS.has(name)) {
        this.flush()
        this.container(c, depth + 1)
        this.flush()
      } else {
        this.inlineElement(c, [], this.pending, depth + 1)
      }
    }
  }

  private list(el: Element, ordered: boolean, depth: number): void {
    const items: NodeJSON[] = []
    for (const li of childElements(el)) {
      const inner = new NitfBodyReader(this.ctx)
      inner.container(li, depth + 2)
      inner.flush()
      if (inner.target.length) items.push({ type: 'listItem', content: inner.target })
    }
    if (items.length) this.target.push(ordered ? { type: 'orderedList', attrs: { start: 1 }, content: items } : { type: 'bulletList', content: items })
  }

  /** Inline content of an element as text nodes with marks; block elements inside read as their text. */
  inline(el: Element, marks: MarkJSON[], out: NodeJSON[], depth: number): void {
    if (depth > MAX_DEPTH) throw tooDeep()
    for (let node: Node | null = el.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_NODE) {
        const text = node.nodeValue ?? ''
        if (text) out.push(textNode(text, marks))
      } else if (node.nodeType === ELEMENT_NODE) {
        this.inlineElement(node as Element, marks, out, depth + 1)
      }
    }
  }

  private inlineElement(el: Element, marks: MarkJSON[], out: NodeJSON[], depth: number): void {
    const name = localName(el)
    if (name === 'media') return this.ctx.onMedia(el)
    if (SKIP.has(name)) return
    if (name === 'br') {
      out.push({ type: 'hardBreak' })
      return
    }
    if (name === 'note' && this.ctx.onNote(el)) return
    let inner = marks
    const entityType = entityTypeOf(el)
    if (name === 'em') {
      const type = emphasisMark(el)
      if (!marks.some((m) => m.type === type)) inner = [...marks, { type }]
    } else if (name === 'a' && /(^|\s)attribution(\s|$)/.test(attr(el, 'class') ?? '')) {
      // Copydesk's attribution ("…, Reuters reports."): an anchor carrying the source id, not a link.
      const sourceId = foreignAttrs(el).get('source')
      if (isTagId(sourceId) && !marks.some((m) => m.type === 'attribution')) inner = [...marks, { type: 'attribution', attrs: { sourceId } }]
    } else if (name === 'a') {
      const href = attr(el, 'href') ?? ''
      if (isSafeHref(href) && !marks.some((m) => m.type === 'link')) inner = [...marks, { type: 'link', attrs: { href } }]
    } else if (entityType) {
      const entityId = entityIdOf(el)
      if (entityId && !marks.some((m) => m.type === 'entity' && m.attrs?.entityId === entityId)) {
        inner = [...marks, { type: 'entity', attrs: { entityId, type: entityType } }]
      }
    } else if (name === 'q') {
      return this.quote(el, marks, out, depth)
    }
    this.inline(el, inner, out, depth)
  }

  /**
   * A `q` becomes a quote mark over its text, with Copydesk's own attributes when it has them
   * (`cd:quote` shared by the paragraphs of one quote, `cd:speaker`, `cd:source`, `cd:verified`,
   * the kind as `class`), else a fresh id and the speaker from `quote-source`. Copydesk keeps
   * quotation marks in the text, as the desk typed them; a foreign direct `q` whose text has
   * none, and that does not sit right after an opening one, gets curly quotes added, as a
   * browser would render it.
   */
  private quote(el: Element, marks: MarkJSON[], out: NodeJSON[], depth: number): void {
    const ext = foreignAttrs(el)
    const ownId = [ext.get('quote'), ext.get('quote-id'), ext.get('quoteid')].find((v) => isTagId(v))
    const explicitId = ownId ?? (isTagId(attr(el, 'id')) ? attr(el, 'id')! : undefined)
    const speaker = ext.get('speaker')
    const source = ext.get('source')
    const kind = [ext.get('kind'), ...(attr(el, 'class') ?? '').split(/\s+/)].find((k) => (QUOTE_KINDS as readonly string[]).includes(k ?? '')) as QuoteKind | undefined
    const attrs: QuoteMarkAttrs = {
      quoteId: explicitId ?? this.ctx.newQuoteId(),
      speakerId: isTagId(speaker) ? speaker : this.ctx.speakerFor(attr(el, 'quote-source') ?? ''),
      sourceId: isTagId(source) ? source : null,
      kind: kind ?? 'direct',
      verified: ext.get('verified') === 'true'
    }
    const inner: MarkJSON[] = [...marks, { type: 'quote', attrs: { ...attrs } }]
    const content: NodeJSON[] = []
    this.inline(el, inner, content, depth + 1)
    const text = textOf(el)
    const before = out.findLast((n) => n.type === 'text')?.text ?? ''
    if (ownId || attrs.kind !== 'direct' || !text || QUOTE_CHAR_START.test(text) || OPENING_QUOTE_END.test(before)) {
      out.push(...content)
      return
    }
    // Trim the white space just inside the added quotation marks.
    const first = content.findIndex((n) => n.type === 'text')
    if (first >= 0) content[first] = { ...content[first]!, text: content[first]!.text!.replace(/^[ \t\n\r]+/, '') }
    const last = content.findLastIndex((n) => n.type === 'text')
    if (last >= 0) content[last] = { ...content[last]!, text: content[last]!.text!.replace(/[ \t\n\r]+$/, '') }
    out.push(textNode('“', inner), ...content, textNode('”', inner))
  }
}

/** The raw text of an element, white space kept and `br` as a line break (for `pre`). */
function textOfRaw(node: Node, depth = 0): string {
  if (depth > MAX_DEPTH) throw tooDeep()
  if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_NODE) return node.nodeValue ?? ''
  if (node.nodeType !== ELEMENT_NODE) return ''
  if (localName(node) === 'br') return '\n'
  let s = ''
  for (let c = node.firstChild; c; c = c.nextSibling) s += textOfRaw(c, depth + 1)
  return s
}
