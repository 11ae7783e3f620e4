/**
 * The part of a DOM node that readHtml needs. Declared here so core has no DOM dependency:
 * jsdom's nodes (CLI, main) and the browser's (renderer) both fit it structurally.
 */
export interface HtmlNodeLike {
  /** 1 element, 3 text, 8 comment, 9 document, 11 fragment. */
  readonly nodeType: number
  /** Upper case for HTML elements (`P`), `#text` for text. */
  readonly nodeName: string
  readonly childNodes: ArrayLike<HtmlNodeLike>
  readonly textContent: string | null
  getAttribute?(name: string): string | null
}
