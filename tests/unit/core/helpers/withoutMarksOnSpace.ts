import type { DocJSON, NodeJSON } from '../../../../src/core/model/DocJSON'
import { normalizeInline } from '../../../../src/core/model/normalizeInline'

function strip(node: NodeJSON): NodeJSON {
  if (!node.content) return node
  const inline = node.content.some((c) => c.type === 'text' || c.type === 'hardBreak')
  if (!inline) return { ...node, content: node.content.map(strip) }
  const pieces = node.content.flatMap((c): NodeJSON[] =>
    c.type !== 'text'
      ? [c]
      : (c.text ?? '').split(/([ \t]+)/).filter(Boolean).map((t) => (/^[ \t]+$/.test(t) ? { type: 'text', text: t } : { ...c, text: t }))
  )
  return { ...node, content: normalizeInline(pieces, false) }
}

/**
 * The body with marks removed from spaces. Markdown cannot always put a mark on a space
 * (`** x**` is not bold), so the writer may drop one there; everything else must survive.
 */
export function withoutMarksOnSpace(doc: DocJSON): DocJSON {
  return { type: 'doc', content: doc.content.map(strip) }
}
