import type { DocJSON, MarkJSON, NodeJSON } from '../../../../src/core/model/DocJSON'

/** The text of each top-level block (list items and quotes flattened into their block). */
export function blockTexts(doc: DocJSON): string[] {
  const text = (n: NodeJSON): string => (n.type === 'text' ? (n.text ?? '') : n.type === 'hardBreak' ? '\n' : (n.content ?? []).map(text).join(''))
  return doc.content.map(text)
}

/** Every text run carrying a mark of `type`, with that mark's attributes. */
export function marked(doc: DocJSON, type: string): { text: string; attrs: Record<string, unknown> | undefined }[] {
  const out: { text: string; attrs: Record<string, unknown> | undefined }[] = []
  const walk = (n: NodeJSON): void => {
    for (const m of n.marks ?? []) if (m.type === type) out.push({ text: n.text ?? '', attrs: m.attrs })
    for (const c of n.content ?? []) walk(c)
  }
  for (const n of doc.content) walk(n)
  return out
}

/** The runs of one mark joined per distinct attribute set (a quote split by an entity inside it reads as one). */
export function joinedMarks(doc: DocJSON, type: string): { text: string; attrs: MarkJSON['attrs'] }[] {
  const out: { text: string; attrs: MarkJSON['attrs'] }[] = []
  for (const run of marked(doc, type)) {
    const key = JSON.stringify(run.attrs)
    const same = out.find((o) => JSON.stringify(o.attrs) === key)
    if (same) same.text += run.text
    else out.push({ ...run })
  }
  return out
}
