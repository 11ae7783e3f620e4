import { diffArrays } from 'diff'

/** One change from a base sequence to another: base[start, end) is replaced by `lines`. */
export interface Hunk {
  start: number
  end: number
  lines: string[]
}

export type MergeChunk =
  | { kind: 'ok'; lines: string[] }
  | { kind: 'conflict'; base: string[]; ours: string[]; theirs: string[] }

/** Above this many differing items Myers gives up and the whole middle counts as one change. */
const MAX_EDIT_LENGTH = 20000

/**
 * The changes that turn `base` into `other`, as hunks over base positions: sorted, disjoint and
 * never adjacent (consecutive removals and additions form one hunk). Built on the LCS of the
 * two sequences (Myers, from `diff`), after trimming the common prefix and suffix.
 */
export function diffHunks(base: readonly string[], other: readonly string[]): Hunk[] {
  let prefix = 0
  while (prefix < base.length && prefix < other.length && base[prefix] === other[prefix]) prefix++
  let suffix = 0
  while (
    suffix < base.length - prefix &&
    suffix < other.length - prefix &&
    base[base.length - 1 - suffix] === other[other.length - 1 - suffix]
  ) {
    suffix++
  }
  const a = base.slice(prefix, base.length - suffix)
  const b = other.slice(prefix, other.length - suffix)
  if (a.length === 0 && b.length === 0) return []
  if (a.length === 0 || b.length === 0) return [{ start: prefix, end: prefix + a.length, lines: b }]
  const changes = diffArrays(a, b, { maxEditLength: MAX_EDIT_LENGTH })
  if (!changes) return [{ start: prefix, end: prefix + a.length, lines: b }]
  const hunks: Hunk[] = []
  let pos = prefix
  let open: Hunk | null = null
  for (const change of changes) {
    if (!change.added && !change.removed) {
      if (open) hunks.push(open)
      open = null
      pos += change.count
      continue
    }
    open ??= { start: pos, end: pos, lines: [] }
    if (change.removed) {
      pos += change.count
      open.end = pos
    } else {
      open.lines.push(...change.value)
    }
  }
  if (open) hunks.push(open)
  return hunks
}

interface SidedHunk extends Hunk {
  side: 0 | 1
}

const isInsertion = (h: Hunk): boolean => h.start === h.end

/**
 * Whether a hunk of one side and a hunk of the other touch the same base lines. Two
 * replacements conflict when their ranges overlap; an insertion conflicts with a replacement
 * only strictly inside it (at either edge the order is clear); two insertions at one point
 * conflict (their order is not).
 */
function clash(x: Hunk, y: Hunk): boolean {
  const xi = isInsertion(x)
  const yi = isInsertion(y)
  if (!xi && !yi) return x.start < y.end && y.start < x.end
  if (xi && yi) return x.start === y.start
  if (xi) return y.start < x.start && x.start < y.end
  return x.start < y.start && y.start < x.end
}

function sameLines(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((line, i) => line === b[i])
}

/** base[start, end) with the given hunks (all inside the range) applied. */
function applyHunks(base: readonly string[], start: number, end: number, hunks: readonly Hunk[]): string[] {
  const out: string[] = []
  let pos = start
  for (const h of hunks) {
    out.push(...base.slice(pos, h.start), ...h.lines)
    pos = h.end
  }
  out.push(...base.slice(pos, end))
  return out
}

/**
 * Three-way merge of two edited versions of `base` (diff3 over the LCS of each with the base).
 * Changes of one side that touch no change of the other are taken as they are, including
 * changes next to each other; the same change made on both sides is taken once; changes that
 * overlap and differ become a conflict chunk carrying the base and both versions of that
 * stretch. Items are compared with ===.
 */
export function merge3(base: readonly string[], ours: readonly string[], theirs: readonly string[]): MergeChunk[] {
  const hunks: SidedHunk[] = [
    ...diffHunks(base, ours).map((h) => ({ ...h, side: 0 as const })),
    ...diffHunks(base, theirs).map((h) => ({ ...h, side: 1 as const }))
  ]
  // Group clashing hunks (transitively) with a small union-find.
  const parent = hunks.map((_, i) => i)
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!
    return i
  }
  const ours0 = hunks.filter((h) => h.side === 0)
  for (let i = 0; i < ours0.length; i++) {
    for (let j = ours0.length; j < hunks.length; j++) {
      const x = hunks[i]!
      const y = hunks[j]!
      if (y.start > x.end) break // theirs are sorted by start: nothing further can clash
      if (clash(x, y)) parent[find(i)] = find(j)
    }
  }
  const groups = new Map<number, SidedHunk[]>()
  hunks.forEach((h, i) => {
    const root = find(i)
    const list = groups.get(root)
    if (list) list.push(h)
    else groups.set(root, [h])
  })
  const ordered = [...groups.values()]
    .map((members) => ({
      members,
      start: Math.min(...members.map((h) => h.start)),
      end: Math.max(...members.map((h) => h.end)),
      replaces: members.some((h) => !isInsertion(h))
    }))
    // An insertion at a point comes before a replacement starting at that point.
    .sort((x, y) => x.start - y.start || Number(x.replaces) - Number(y.replaces))
  // Defensive: groups must not interleave; if they ever do, join them into one.
  const merged: typeof ordered = []
  for (const g of ordered) {
    const last = merged[merged.length - 1]
    if (last && g.start < last.end) {
      last.members.push(...g.members)
      last.end = Math.max(last.end, g.end)
      last.replaces ||= g.replaces
    } else merged.push({ ...g, members: [...g.members] })
  }

  const chunks: MergeChunk[] = []
  const pushOk = (lines: string[]): void => {
    if (lines.length === 0) return
    const last = chunks[chunks.length - 1]
    if (last?.kind === 'ok') last.lines.push(...lines)
    else chunks.push({ kind: 'ok', lines })
  }
  let pos = 0
  for (const g of merged) {
    pushOk(base.slice(pos, g.start))
    const mine = g.members.filter((h) => h.side === 0).sort((x, y) => x.start - y.start)
    const their = g.members.filter((h) => h.side === 1).sort((x, y) => x.start - y.start)
    const a = applyHunks(base, g.start, g.end, mine)
    const b = applyHunks(base, g.start, g.end, their)
    if (mine.length === 0) pushOk(b)
    else if (their.length === 0 || sameLines(a, b)) pushOk(a)
    else chunks.push({ kind: 'conflict', base: base.slice(g.start, g.end), ours: a, theirs: b })
    pos = g.end
  }
  pushOk(base.slice(pos))
  return chunks
}
