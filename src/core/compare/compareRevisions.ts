import { diffWords } from 'diff'

export interface Segment {
  text: string
  /** 'same' on both sides; 'removed' only on the old side; 'added' only on the new side. */
  kind: 'same' | 'removed' | 'added'
}

export interface SideBySide {
  before: Segment[]
  after: Segment[]
  added: number
  removed: number
}

/**
 * Word-level comparison of two versions of an article's text for a side-by-side view:
 * the left side shows what the desk removed, the right side what it added.
 */
export function compareRevisions(beforeText: string, afterText: string): SideBySide {
  const result: SideBySide = { before: [], after: [], added: 0, removed: 0 }
  for (const part of diffWords(beforeText, afterText)) {
    const words = part.value.trim() ? part.value.trim().split(/\s+/).length : 0
    if (part.added) {
      result.after.push({ text: part.value, kind: 'added' })
      result.added += words
    } else if (part.removed) {
      result.before.push({ text: part.value, kind: 'removed' })
      result.removed += words
    } else {
      result.before.push({ text: part.value, kind: 'same' })
      result.after.push({ text: part.value, kind: 'same' })
    }
  }
  return result
}
