import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { hasGitConflictMarkers, readIdentity, setFrontMatterFields } from '../../../src/core/sync/articleText'
import { diffHunks, merge3, type MergeChunk } from '../../../src/core/sync/diff3'
import { mergeArticleText } from '../../../src/core/sync/mergeArticleText'
import { joinUnits, splitUnits } from '../../../src/core/sync/paragraphUnits'

const RUNS = Number(process.env.SYNC_FC_RUNS ?? 200)

function applyHunks(base: string[], hunks: ReturnType<typeof diffHunks>): string[] {
  const out: string[] = []
  let pos = 0
  for (const h of hunks) {
    out.push(...base.slice(pos, h.start), ...h.lines)
    pos = h.end
  }
  return [...out, ...base.slice(pos)]
}

const clean = (chunks: MergeChunk[]): string[] | null =>
  chunks.some((c) => c.kind === 'conflict') ? null : chunks.flatMap((c) => (c.kind === 'ok' ? c.lines : []))

const article = (fm: string, paragraphs: string[]): string => `---\n${fm}---\n${paragraphs.join('\n\n')}\n`

describe('diff3 over lines', () => {
  it('diffHunks turns the base into the other sequence', () => {
    const line = fc.constantFrom('a', 'b', 'c', 'd', '')
    fc.assert(
      fc.property(fc.array(line, { maxLength: 20 }), fc.array(line, { maxLength: 20 }), (a, b) => {
        const hunks = diffHunks(a, b)
        expect(applyHunks(a, hunks)).toEqual(b)
        for (let i = 1; i < hunks.length; i++) expect(hunks[i]!.start).toBeGreaterThan(hunks[i - 1]!.end)
      }),
      { numRuns: RUNS }
    )
  })

  it('merges changes to different lines, adjacent ones included', () => {
    expect(clean(merge3(['1', '2', '3', '4'], ['1', '2x', '3', '4'], ['1', '2', '3x', '4']))).toEqual(['1', '2x', '3x', '4'])
    expect(clean(merge3(['1', '2', '3'], ['0', '1', '2', '3'], ['1', '2', '3', '4']))).toEqual(['0', '1', '2', '3', '4'])
    // An insertion next to a replacement on the other side: the order is clear.
    expect(clean(merge3(['1', '2', '3'], ['1', 'new', '2', '3'], ['1', '2x', '3']))).toEqual(['1', 'new', '2x', '3'])
    // Deletion on one side, edit elsewhere on the other.
    expect(clean(merge3(['1', '2', '3'], ['1', '3'], ['1', '2', '3x']))).toEqual(['1', '3x'])
  })

  it('takes the same change made on both sides once', () => {
    expect(clean(merge3(['1', '2'], ['1', '2x'], ['1', '2x']))).toEqual(['1', '2x'])
  })

  it('reports overlapping different changes as a conflict with both versions', () => {
    const chunks = merge3(['1', '2', '3'], ['1', 'mine', '3'], ['1', 'theirs', '3'])
    expect(chunks).toEqual([
      { kind: 'ok', lines: ['1'] },
      { kind: 'conflict', base: ['2'], ours: ['mine'], theirs: ['theirs'] },
      { kind: 'ok', lines: ['3'] }
    ])
    // Edit against delete of the same line, and two insertions at one point.
    expect(clean(merge3(['1', '2'], ['1'], ['1', '2x']))).toBeNull()
    expect(clean(merge3(['1'], ['1', 'a'], ['1', 'b']))).toBeNull()
  })

  it('never drops a line either side added (property)', () => {
    // Lines are unique tokens: every token a side added is in the clean result or in a conflict chunk.
    const arb = fc
      .tuple(fc.uniqueArray(fc.integer({ min: 0, max: 30 }), { maxLength: 12 }), fc.array(fc.boolean(), { minLength: 24, maxLength: 24 }))
      .chain(([baseNums]) => {
        const base = baseNums.map((n) => `b${n}`)
        const edit = (side: string) =>
          fc.array(fc.tuple(fc.nat(), fc.constantFrom('ins', 'del', 'rep')), { maxLength: 5 }).map((ops) => {
            const out = [...base]
            ops.forEach(([at, op], i) => {
              const pos = out.length ? at % (out.length + (op === 'ins' ? 1 : 0)) : 0
              if (op === 'ins' || out.length === 0) out.splice(pos, 0, `${side}${i}`)
              else if (op === 'del') out.splice(pos, 1)
              else out[pos] = `${side}${i}`
            })
            return out
          })
        return fc.tuple(fc.constant(base), edit('o'), edit('t'))
      })
    fc.assert(
      fc.property(arb, ([base, ours, theirs]) => {
        const chunks = merge3(base, ours, theirs)
        const present = new Set(chunks.flatMap((c) => (c.kind === 'ok' ? c.lines : [...c.ours, ...c.theirs])))
        for (const line of [...ours, ...theirs]) if (!base.includes(line)) expect(present.has(line)).toBe(true)
        const merged = clean(chunks)
        if (merged) {
          // A line deleted by one side and untouched by the other is gone.
          for (const line of base) if (!ours.includes(line) && theirs.includes(line) && merged.includes(line)) {
            expect(ours.filter((l) => l === line)).toHaveLength(0)
          }
          if (JSON.stringify(ours) === JSON.stringify(base)) expect(merged).toEqual(theirs)
          if (JSON.stringify(theirs) === JSON.stringify(base)) expect(merged).toEqual(ours)
        }
      }),
      { numRuns: RUNS }
    )
  })
})

describe('paragraph units', () => {
  it('round-trip any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '\n', ' ', 'b') }), (s) => {
        expect(joinUnits(splitUnits(s))).toBe(s)
      }),
      { numRuns: RUNS }
    )
  })

  it('keep a paragraph with the blank line before it', () => {
    expect(splitUnits('p1\n\np2\n')).toEqual(['p1', '\np2', ''])
  })
})

describe('mergeArticleText', () => {
  const fm = 'id: X\nheadline: H\nstatus: draft\nupdatedAt: 2025-01-01T00:00:00Z\n'

  it('merges paragraph edits from both sides', () => {
    const base = article(fm, ['one', 'two', 'three'])
    const ours = article(fm, ['one!', 'two', 'three'])
    const theirs = article(fm, ['one', 'two', 'three!', 'four'])
    expect(mergeArticleText(base, ours, theirs)).toEqual({ kind: 'clean', text: article(fm, ['one!', 'two', 'three!', 'four']) })
  })

  it('merges neighbouring paragraphs edited on each side', () => {
    const base = article(fm, ['one', 'two', 'three'])
    const r = mergeArticleText(base, article(fm, ['one', 'two (mine)', 'three']), article(fm, ['one', 'two', 'three (theirs)']))
    expect(r).toEqual({ kind: 'clean', text: article(fm, ['one', 'two (mine)', 'three (theirs)']) })
  })

  it('merges front matter key by key; later updatedAt wins; lists merge as sets', () => {
    const base = article('id: X\nheadline: H\nstatus: draft\nupdatedAt: 2025-01-01T00:00:00Z\nsources: [reuters]\n', ['p'])
    const ours = article('id: X\nheadline: New headline\nstatus: draft\nupdatedAt: 2025-01-02T00:00:00Z\nsources: [reuters, tass]\n', ['p'])
    const theirs = article('id: X\nheadline: H\nstatus: ready\nupdatedAt: 2025-01-03T00:00:00Z\nsources: [reuters, ap]\n', ['p'])
    const r = mergeArticleText(base, ours, theirs)
    expect(r.kind).toBe('clean')
    const text = (r as { text: string }).text
    expect(text).toContain('headline: New headline')
    expect(text).toContain('status: ready')
    expect(text).toContain('updatedAt: 2025-01-03T00:00:00Z')
    expect(text).toContain('sources: [reuters, tass, ap]')
    expect(text.startsWith('---\nid: X\nheadline: New headline\n')).toBe(true)
  })

  it('reports the same paragraph changed differently, and a key changed differently', () => {
    const base = article(fm, ['one', 'two'])
    const r = mergeArticleText(base, article(fm, ['one', 'two A']), article(fm, ['one', 'two B']))
    expect(r).toMatchObject({ kind: 'conflict', conflicts: [{ where: 'body', ours: ['\ntwo A'], theirs: ['\ntwo B'] }] })
    const k = mergeArticleText(base, article(fm.replace('H', 'A'), ['one', 'two']), article(fm.replace('H', 'B'), ['one', 'two']))
    expect(k).toEqual({ kind: 'conflict', conflicts: [{ where: 'frontMatter', key: 'headline' }] })
  })

  it('without a known base, differing texts conflict; equal ones (also by line endings) do not', () => {
    expect(mergeArticleText(null, 'a\n', 'b\n').kind).toBe('conflict')
    expect(mergeArticleText(null, 'a\r\nb\r\n', 'a\nb\n')).toEqual({ kind: 'clean', text: 'a\nb\n' })
  })

  it('handles files without front matter', () => {
    expect(mergeArticleText('a\n\nb\n', 'a!\n\nb\n', 'a\n\nb!\n')).toEqual({ kind: 'clean', text: 'a!\n\nb!\n' })
  })
})

describe('article text helpers', () => {
  it('sets an id first and conflictOf last, leaving the body as it is', () => {
    const text = '---\nheadline: H\nsources: [reuters]\n---\nBody *as is*\n'
    const out = setFrontMatterFields(text, { id: 'Y', conflictOf: 'X' })
    expect(out).toBe('---\nid: Y\nheadline: H\nsources: [reuters]\nconflictOf: X\n---\nBody *as is*\n')
    expect(readIdentity(out)).toEqual({ ok: true, id: 'Y', conflictOf: 'X' })
    expect(setFrontMatterFields('Just text\n', { id: 'Z' })).toBe('---\nid: Z\n---\nJust text\n')
    expect(setFrontMatterFields('---\nid: A\nheadline: H\n---\nb\n', { id: 'B' })).toBe('---\nid: B\nheadline: H\n---\nb\n')
  })

  it('reads identity from CRLF files and refuses bad YAML', () => {
    expect(readIdentity('---\r\nid: X\r\n---\r\nbody\r\n')).toEqual({ ok: true, id: 'X', conflictOf: null })
    expect(readIdentity('---\nid: [unclosed\n---\nbody\n').ok).toBe(false)
    expect(readIdentity('---\n- a list\n---\nbody\n').ok).toBe(false)
  })

  it('recognises git conflict markers', () => {
    expect(hasGitConflictMarkers('a\n<<<<<<< HEAD\nx\n=======\ny\n>>>>>>> branch\n')).toBe(true)
    expect(hasGitConflictMarkers('a\n======= not a marker\n')).toBe(false)
  })
})
