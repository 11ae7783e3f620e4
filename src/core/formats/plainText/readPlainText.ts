import type { ParsedArticle, Photo } from '../../model/Article'
import type { NodeJSON } from '../../model/DocJSON'
import { normalizeInline } from '../../model/normalizeInline'
import { parseCreditLine } from '../../model/parseCreditLine'
import { isHeadlineLine } from './isHeadlineLine'
import { isSubheadLine } from './isSubheadLine'
import { parseMetadataLine } from './parseMetadataLine'
import { splitParagraphs } from './splitParagraphs'

/** Keys with a meaning of their own; any other `Key::` goes to `custom` as written. */
const PHOTO_KEY = /^photo$/i
const HEADLINE_KEY = /^headline$/i
/** White space that carries no meaning; no-break spaces are typed on purpose and kept. */
const SPACE_RUN = /[ \t\n\r\f\v]+/g

function block(type: 'paragraph' | 'heading', text: string): NodeJSON | null {
  const content = normalizeInline([{ type: 'text', text }], true)
  if (!content.length) return null
  return type === 'heading' ? { type, attrs: { level: 2 }, content } : { type, content }
}

/** Indexes of the `Key::` lines that are metadata: the leading and trailing runs, and Photo/Headline anywhere. */
function metadataLines(lines: string[]): Set<number> {
  const meta = new Set<number>()
  const isMeta = (i: number): boolean => parseMetadataLine(lines[i]!) !== null
  const isBlank = (i: number): boolean => lines[i]!.trim() === ''
  for (let i = 0; i < lines.length && (isBlank(i) || isMeta(i)); i++) if (isMeta(i)) meta.add(i)
  for (let i = lines.length - 1; i >= 0 && (isBlank(i) || isMeta(i)); i--) if (isMeta(i)) meta.add(i)
  // A photo credit or headline field is never body text, wherever an editor put it.
  lines.forEach((line, i) => {
    const field = parseMetadataLine(line)
    if (field && (PHOTO_KEY.test(field.key) || HEADLINE_KEY.test(field.key))) meta.add(i)
  })
  return meta
}

/**
 * Reads a plain-text article in the conventions of wire copy (see the seed sample in
 * DESIGN.md): `Key:: value` metadata lines, one paragraph per line (or hard-wrapped blocks),
 * short unpunctuated lines as subheads. The headline is the `Headline::` field, else a first
 * line that reads as one; otherwise it stays '' — the lede is never promoted, and the file
 * name is never used (the missing headline is a check finding instead).
 */
export function readPlainText(text: string): ParsedArticle {
  const lines = text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n').split('\n')
  const meta = metadataLines(lines)
  const photos: Photo[] = []
  const custom: Record<string, string> = {}
  let headline: string | null = null
  for (const i of [...meta].sort((a, b) => a - b)) {
    const { key, value } = parseMetadataLine(lines[i]!)!
    if (PHOTO_KEY.test(key)) {
      if (value) photos.push(parseCreditLine(value))
    } else if (HEADLINE_KEY.test(key)) {
      headline ??= value
    } else {
      // A key given twice keeps both values rather than losing one.
      custom[key] = key in custom ? `${custom[key]}; ${value}` : value
    }
  }

  const paragraphs = splitParagraphs(lines.filter((_, i) => !meta.has(i))).map((p) => p.replace(SPACE_RUN, ' ').trim())
  if (headline === null) {
    headline = ''
    if (paragraphs.length > 1 && isHeadlineLine(paragraphs[0]!)) headline = paragraphs.shift()!
  } else if (paragraphs[0] === headline.trim()) {
    // The headline repeated as the first line is the headline, not a subhead.
    paragraphs.shift()
  }

  const subhead = paragraphs.map(isSubheadLine)
  // A subhead heads text: one with nothing after it (a sign-off, a credit) is a paragraph,
  // and a text made only of short lines has no subheads at all.
  for (let i = subhead.length - 1; i >= 0 && subhead[i]; i--) subhead[i] = false
  const body = paragraphs
    .map((p, i) => block(subhead[i] ? 'heading' : 'paragraph', p))
    .filter((n): n is NodeJSON => n !== null)

  return {
    headline: headline.replace(SPACE_RUN, ' ').trim(),
    photos,
    sources: [],
    custom,
    extra: {},
    body: { type: 'doc', content: body }
  }
}
