import { Document, isMap, parse, parseDocument, type YAMLMap } from 'yaml'
import { splitFrontMatter } from '../formats/markdown/splitFrontMatter'

/** The options writeFrontMatter uses, so edited front matter looks like written front matter. */
export const YAML_STRING_OPTIONS = { lineWidth: 0, flowCollectionPadding: false } as const

/** Without a BOM and with LF line endings: the form the sync compares, merges and writes. */
export function normalizeText(text: string): string {
  return text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n')
}

export type FrontMatterData = Record<string, unknown>

export type ParsedText =
  | { ok: true; yaml: string | null; data: FrontMatterData; body: string }
  | { ok: false; error: string }

const isRecord = (v: unknown): v is FrontMatterData => typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * An article file's front matter (as parsed YAML) and body, from normalized text. A file
 * without front matter has empty data; front matter that is not valid YAML, or not a map, is
 * an error: the sync then leaves the file alone rather than guess.
 */
export function parseArticleText(text: string): ParsedText {
  const { yaml, body } = splitFrontMatter(text)
  if (yaml === null) return { ok: true, yaml: null, data: {}, body }
  let data: unknown
  try {
    data = yaml.trim() === '' ? {} : parse(yaml)
  } catch (error) {
    return { ok: false, error: `The front matter is not valid YAML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` }
  }
  if (data === null || data === undefined) data = {}
  if (!isRecord(data)) return { ok: false, error: 'The front matter is not a list of `key: value` fields' }
  return { ok: true, yaml, data, body }
}

const asId = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() !== '' ? v.trim() : typeof v === 'number' ? String(v) : undefined

/** The identity fields of an article file: its `id` and, for a conflict copy, `conflictOf`. */
export type Identity = { ok: true; id: string | null; conflictOf: string | null } | { ok: false; error: string }

export function readIdentity(text: string): Identity {
  const parsed = parseArticleText(normalizeText(text))
  if (!parsed.ok) return parsed
  return { ok: true, id: asId(parsed.data.id) ?? null, conflictOf: asId(parsed.data.conflictOf) ?? null }
}

/**
 * Git leaves `<<<<<<<`, `=======` and `>>>>>>>` lines in a file it could not merge. A file
 * with all three is a merge in progress, not an article: the sync reports it and waits.
 */
export function hasGitConflictMarkers(text: string): boolean {
  return /^<{7}(?: |$)/m.test(text) && /^={7}\s*$/m.test(text) && /^>{7}(?: |$)/m.test(text)
}

/**
 * Sets (or, for undefined, removes) front-matter fields of an article file and leaves the rest
 * of the text as it is. A new `id` goes first, other new keys last; a file without front matter
 * gets one. The text must parse (parseArticleText); the result is normalized.
 */
export function setFrontMatterFields(text: string, fields: Record<string, string | undefined>): string {
  const normalized = normalizeText(text)
  const { yaml, body } = splitFrontMatter(normalized)
  let doc = yaml === null ? new Document({}) : parseDocument(yaml)
  if (doc.errors.length) throw new Error(`The front matter is not valid YAML: ${doc.errors[0]!.message.split('\n')[0]}`)
  // Empty front matter (or only comments) has no map yet.
  if (!isMap(doc.contents)) doc = new Document({})
  const map = doc.contents as YAMLMap
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) doc.delete(key)
    else if (key === 'id' && !doc.has('id')) map.items.unshift(doc.createPair('id', value))
    else doc.set(key, value)
  }
  return `---\n${doc.toString(YAML_STRING_OPTIONS)}---\n${body}`
}
