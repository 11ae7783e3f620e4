/** A mark on a text node, as TipTap/ProseMirror serialise it to JSON. */
export interface MarkJSON {
  type: string
  attrs?: Record<string, unknown>
}

/** A node of the article body, as TipTap/ProseMirror serialise it to JSON. */
export interface NodeJSON {
  type: string
  attrs?: Record<string, unknown>
  content?: NodeJSON[]
  text?: string
  marks?: MarkJSON[]
}

/**
 * The article body. Block nodes use TipTap StarterKit names: paragraph, heading
 * (attrs.level 1–6; subheads are level 2), bulletList, orderedList (attrs.start),
 * listItem, blockquote, horizontalRule, hardBreak. Marks: bold, italic, strike,
 * underline, link (attrs.href). Tag marks arrive with the tagging issue.
 */
export interface DocJSON {
  type: 'doc'
  content: NodeJSON[]
}
