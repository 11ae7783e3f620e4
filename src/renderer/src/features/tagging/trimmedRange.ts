import type { Node as PMNode } from '@tiptap/pm/model'

/** The range without the spaces around it: tags cover words, not the spaces beside them. */
export function trimmedRange(doc: PMNode, from: number, to: number): { from: number; to: number } {
  const text = doc.textBetween(from, to, '\n')
  return { from: from + (text.length - text.trimStart().length), to: to - (text.length - text.trimEnd().length) }
}
