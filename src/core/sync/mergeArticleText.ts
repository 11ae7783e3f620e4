import { Document, isCollection, isMap, isScalar as isYamlScalar, parseDocument } from 'yaml'
import { normalizeText, parseArticleText, YAML_STRING_OPTIONS, type FrontMatterData } from './articleText'
import { merge3 } from './diff3'
import { joinUnits, splitUnits } from './paragraphUnits'

/** Where a merge found both sides changing the same thing differently. */
export type MergeConflict =
  | { where: 'frontMatter'; key: string }
  | { where: 'body'; base: string[]; ours: string[]; theirs: string[] }
  /** No common version is known (or it cannot be read): the two texts cannot be merged. */
  | { where: 'noBase' }
  | { where: 'unparseable'; side: 'base' | 'ours' | 'theirs'; error: string }

export type MergeResult = { kind: 'clean'; text: string } | { kind: 'conflict'; conflicts: MergeConflict[] }

/** A deterministic JSON form (sorted keys) for comparing YAML values. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    }
    return v
  })
}

const same = (a: unknown, b: unknown): boolean => canonical(a) === canonical(b)
const isScalar = (v: unknown): boolean => v === null || ['string', 'number', 'boolean'].includes(typeof v)
const isScalarList = (v: unknown): v is unknown[] => Array.isArray(v) && v.every(isScalar)

const ABSENT = Symbol('absent')
type Value = unknown | typeof ABSENT

/**
 * Both sides changed one key differently. Timestamps resolve (updatedAt: the later,
 * createdAt: the earlier); lists of plain values (sources, bylines, rejected suggestions)
 * merge as sets: what either side added is in, what either side removed is out, in the order
 * of ours then theirs. Anything else is a conflict (undefined).
 */
function resolveKey(key: string, base: Value, ours: Value, theirs: Value): { value: Value } | undefined {
  if ((key === 'updatedAt' || key === 'createdAt') && typeof ours === 'string' && typeof theirs === 'string') {
    const later = ours > theirs ? ours : theirs
    const earlier = ours < theirs ? ours : theirs
    return { value: key === 'updatedAt' ? later : earlier }
  }
  const baseList = base === ABSENT ? [] : base
  if (isScalarList(baseList) && isScalarList(ours) && isScalarList(theirs)) {
    const has = (list: unknown[], v: unknown): boolean => list.some((x) => same(x, v))
    const removed = (side: unknown[]): unknown[] => baseList.filter((v) => !has(side, v))
    const gone = [...removed(ours), ...removed(theirs)]
    const out: unknown[] = []
    for (const v of [...ours, ...theirs]) if (!has(gone, v) && !has(out, v)) out.push(v)
    return { value: out }
  }
  return undefined
}

/** Merges front matter key by key; returns the merged data or the keys in conflict. */
function mergeFrontMatter(
  base: FrontMatterData,
  ours: FrontMatterData,
  theirs: FrontMatterData
): { data: FrontMatterData; conflicts: string[] } {
  const keys = [...new Set([...Object.keys(ours), ...Object.keys(theirs), ...Object.keys(base)])]
  const data: FrontMatterData = {}
  const conflicts: string[] = []
  const get = (m: FrontMatterData, k: string): Value => (Object.hasOwn(m, k) ? m[k] : ABSENT)
  for (const key of keys) {
    const b = get(base, key)
    const o = get(ours, key)
    const t = get(theirs, key)
    let value: Value
    if (same(o, t) || (o === ABSENT && t === ABSENT)) value = o
    else if (same(o, b) || (o === ABSENT && b === ABSENT)) value = t
    else if (same(t, b) || (t === ABSENT && b === ABSENT)) value = o
    else {
      const resolved = o !== ABSENT && t !== ABSENT ? resolveKey(key, b, o, t) : undefined
      if (!resolved) {
        conflicts.push(key)
        continue
      }
      value = resolved.value
    }
    if (value !== ABSENT) data[key] = value
  }
  return { data, conflicts }
}

/**
 * The merged front matter as YAML text: the text of whichever side already has exactly this
 * data; otherwise ours, edited key by key (so its order, comments and styles stay), with new
 * keys appended in the order theirs has them.
 */
function frontMatterText(data: FrontMatterData, ours: { yaml: string | null; data: FrontMatterData }, theirs: { yaml: string | null; data: FrontMatterData }): string {
  if (same(data, ours.data) && ours.yaml !== null) return ours.yaml
  if (same(data, theirs.data) && theirs.yaml !== null) return theirs.yaml
  const doc = ours.yaml && ours.yaml.trim() !== '' ? parseDocument(ours.yaml) : new Document({})
  if (!isMap(doc.contents)) return new Document(data).toString(YAML_STRING_OPTIONS)
  for (const key of Object.keys(ours.data)) if (!Object.hasOwn(data, key)) doc.delete(key)
  for (const [key, value] of Object.entries(data)) {
    if (Object.hasOwn(ours.data, key) && same(ours.data[key], value)) continue
    // The new value keeps the style of the one it replaces (a flow list stays a flow list).
    const old = doc.get(key, true)
    const node = doc.createNode(value)
    if (isCollection(node)) node.flow = isCollection(old) ? Boolean(old.flow) : key === 'sources'
    if (isYamlScalar(node) && isYamlScalar(old)) node.type = old.type
    doc.set(key, node)
  }
  return doc.toString(YAML_STRING_OPTIONS)
}

/**
 * Three-way merge of a workspace Markdown article (DESIGN.md, "Workspace folder"): the front
 * matter key by key, the body paragraph by paragraph (diff3 over lines, a blank separator
 * line travelling with the paragraph after it). Changes that do not overlap merge; overlapping
 * different changes make the whole merge a conflict, and the caller keeps both versions.
 * `base` null: no common version is known, so texts that differ are a conflict. Texts are
 * compared after normalizing BOM and line endings; a clean result is normalized.
 */
export function mergeArticleText(base: string | null, ours: string, theirs: string): MergeResult {
  const o = normalizeText(ours)
  const t = normalizeText(theirs)
  if (o === t) return { kind: 'clean', text: o }
  if (base === null) return { kind: 'conflict', conflicts: [{ where: 'noBase' }] }
  const b = normalizeText(base)
  if (b === o) return { kind: 'clean', text: t }
  if (b === t) return { kind: 'clean', text: o }
  const pb = parseArticleText(b)
  const po = parseArticleText(o)
  const pt = parseArticleText(t)
  const unparseable: MergeConflict[] = []
  for (const [side, p] of [['base', pb], ['ours', po], ['theirs', pt]] as const) {
    if (!p.ok) unparseable.push({ where: 'unparseable', side, error: p.error })
  }
  if (!pb.ok || !po.ok || !pt.ok) return { kind: 'conflict', conflicts: unparseable }

  const conflicts: MergeConflict[] = []
  const fm = mergeFrontMatter(pb.data, po.data, pt.data)
  for (const key of fm.conflicts) conflicts.push({ where: 'frontMatter', key })
  const chunks = merge3(splitUnits(pb.body), splitUnits(po.body), splitUnits(pt.body))
  const units: string[] = []
  for (const chunk of chunks) {
    if (chunk.kind === 'ok') units.push(...chunk.lines)
    else conflicts.push({ where: 'body', base: chunk.base, ours: chunk.ours, theirs: chunk.theirs })
  }
  if (conflicts.length) return { kind: 'conflict', conflicts }

  const body = joinUnits(units)
  const withFrontMatter = po.yaml !== null || pt.yaml !== null || Object.keys(fm.data).length > 0
  if (!withFrontMatter) return { kind: 'clean', text: body }
  return { kind: 'clean', text: `---\n${frontMatterText(fm.data, po, pt)}---\n${body}` }
}
