import { Fragment, type Mark as PMMark, type Node as PMNode } from '@tiptap/pm/model'

/** The fragment with every text node's marks passed through `remap` (a pasted slice, before it lands). */
export function mapFragmentMarks(fragment: Fragment, remap: (m: PMMark) => PMMark): Fragment {
  const nodes: PMNode[] = []
  fragment.forEach((node) => {
    if (node.isText) nodes.push(node.mark(node.marks.map(remap)))
    else nodes.push(node.copy(mapFragmentMarks(node.content, remap)))
  })
  return Fragment.fromArray(nodes)
}
