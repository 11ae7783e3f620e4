import type { Check } from './Check'
import { bodyTarget } from './bodyTarget'
import { excerpt, quoted } from './excerpt'

/**
 * Error: a desk flag still open (a note mark with `flag`, not `resolved`). Plain notes are for
 * the desk only and never block. A flag spanning several text nodes is reported once.
 */
export const checkOpenFlags: Check = (_article, { body }) => {
  const seen = new Set<string>()
  const blockText = new Map(body.blocks.map((b) => [b.index, b.text]))
  const findings = []
  for (const span of body.marks) {
    const a = span.attrs
    if (span.type !== 'note' || a.flag !== true || a.resolved === true) continue
    const noteId = typeof a.noteId === 'string' && a.noteId ? a.noteId : `${span.blockIndex}:${span.from}`
    if (seen.has(noteId)) continue
    seen.add(noteId)
    const note = typeof a.text === 'string' ? a.text.trim() : ''
    const words = (blockText.get(span.blockIndex) ?? '').slice(span.from, span.to)
    findings.push({
      id: 'open-flag',
      key: `open-flag:${noteId}`,
      severity: 'error' as const,
      message: note
        ? `Open desk flag on ${quoted(excerpt(words, 40))}: ${excerpt(note, 120)} — resolve it or remove the flag.`
        : `Open desk flag on ${quoted(excerpt(words, 40))} — resolve it or remove the flag.`,
      ...bodyTarget(span.blockIndex, span.from, span.to)
    })
  }
  return findings
}
