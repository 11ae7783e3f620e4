import type { DocJSON, NodeJSON } from '../../model/DocJSON'
import { isTagId } from '../../model/isTagId'

/** Source ids the body cites (attributions and quotes with a source), in order of first appearance. */
export function collectCitedSources(doc: DocJSON): string[] {
  const ids: string[] = []
  const visit = (node: NodeJSON): void => {
    for (const mark of node.marks ?? []) {
      const id = mark.attrs?.sourceId
      if ((mark.type === 'attribution' || mark.type === 'quote') && isTagId(id) && !ids.includes(id)) ids.push(id)
    }
    for (const child of node.content ?? []) visit(child)
  }
  for (const block of doc.content) visit(block)
  return ids
}
