import type { TextRange } from './findTermRanges'

/** A short excerpt of a text around its matches, with the matches' ranges in the excerpt. */
export interface Snippet {
  text: string
  ranges: TextRange[]
}

const LEAD = 48

/** The start of the window holding the most matches within `length` characters of its first. */
function bestWindow(ranges: readonly TextRange[], length: number): number {
  let best = 0
  let bestCount = 0
  for (let i = 0; i < ranges.length; i++) {
    let count = 0
    for (let j = i; j < ranges.length && ranges[j]!.to - ranges[i]!.from <= length - LEAD; j++) count++
    if (count > bestCount) {
      best = i
      bestCount = count
    }
  }
  return best
}

/**
 * An excerpt of at most about `length` characters: around the densest run of matches (a little
 * context before the first), cut at word boundaries, whitespace collapsed, "…" where cut. With
 * no matches it is the start of the text.
 */
export function makeSnippet(text: string, ranges: readonly TextRange[], length = 180): Snippet {
  let start = 0
  if (ranges.length) {
    const first = ranges[bestWindow(ranges, length)]!
    start = Math.max(0, first.from - LEAD)
    if (start > 0) {
      // A paragraph start close by, else the first word boundary after the cut.
      const para = text.lastIndexOf('\n', first.from - 1)
      const space = text.indexOf(' ', start)
      if (para >= 0 && para + 20 >= start) start = para + 1
      else if (space >= 0 && space < first.from) start = space + 1
    }
  }
  let end = Math.min(text.length, start + length)
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end)
    if (space > start + length / 2) end = space
  }
  // Collapse whitespace, mapping offsets as we go.
  let out = start > 0 ? '…' : ''
  const map: number[] = []
  let prevSpace = false
  for (let i = start; i < end; i++) {
    const c = text[i]!
    map[i - start] = out.length
    if (/\s/.test(c)) {
      if (!prevSpace && out.length > 0) out += ' '
      prevSpace = true
    } else {
      out += c
      prevSpace = false
    }
  }
  map[end - start] = out.length
  out = out.trimEnd()
  const snippetRanges: TextRange[] = []
  for (const r of ranges) {
    if (r.to <= start || r.from >= end) continue
    const from = map[Math.max(r.from, start) - start]!
    const to = Math.min(map[Math.min(r.to, end) - start]!, out.length)
    if (to > from) snippetRanges.push({ from, to })
  }
  if (end < text.length) out += '…'
  return { text: out, ranges: snippetRanges }
}
