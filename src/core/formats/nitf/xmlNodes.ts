import type { Element, Node } from '@xmldom/xmldom'
import { ImportError } from '../ImportError'

export const ELEMENT_NODE = 1
export const TEXT_NODE = 3
export const CDATA_NODE = 4

/** Deeper nesting than this is no article: it is refused before it can exhaust the stack. */
export const MAX_DEPTH = 200

/** White space that carries no meaning in XML text; no-break spaces are typed on purpose and kept. */
const SPACE_RUN = /[ \t\n\r\f\v]+/g

export function tooDeep(): ImportError {
  return new ImportError(`The file nests its elements more than ${MAX_DEPTH} levels deep`)
}

/** The element's name without prefix or namespace, so NITF reads the same with or without one. */
export function localName(node: Node): string {
  return node.localName ?? node.nodeName.replace(/^.*:/, '')
}

export function childElements(el: Element): Element[] {
  const out: Element[] = []
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === ELEMENT_NODE) out.push(n as Element)
  return out
}

export function child(el: Element | null | undefined, name: string): Element | null {
  if (!el) return null
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === ELEMENT_NODE && localName(n) === name) return n as Element
  return null
}

export function children(el: Element | null | undefined, name: string): Element[] {
  return el ? childElements(el).filter((c) => localName(c) === name) : []
}

/** Descendants named `name` in document order (not looking inside a match), depth-limited. */
export function descendants(el: Element | null | undefined, name: string, stopAt: ReadonlySet<string> = new Set()): Element[] {
  const out: Element[] = []
  const walk = (node: Element, depth: number): void => {
    if (depth > MAX_DEPTH) throw tooDeep()
    for (const c of childElements(node)) {
      const n = localName(c)
      if (n === name) out.push(c)
      else if (!stopAt.has(n)) walk(c, depth + 1)
    }
  }
  if (el) walk(el, 0)
  return out
}

export function descendant(el: Element | null | undefined, name: string): Element | null {
  return descendants(el, name)[0] ?? null
}

/** An attribute's value, trimmed; null when absent or blank. */
export function attr(el: Element | null | undefined, name: string): string | null {
  const value = el?.getAttribute(name)?.trim()
  return value ? value : null
}

/** Attributes in a foreign namespace (`cd:quote="…"`), which NITF allows on every element: local name → value. */
export function foreignAttrs(el: Element): Map<string, string> {
  const out = new Map<string, string>()
  const own = el.namespaceURI
  for (let i = 0; i < el.attributes.length; i++) {
    const a = el.attributes.item(i)
    if (!a || !a.namespaceURI || a.namespaceURI === own) continue
    if (a.namespaceURI === 'http://www.w3.org/XML/1998/namespace' || a.namespaceURI === 'http://www.w3.org/2000/xmlns/') continue
    out.set(localName(a).toLowerCase(), a.value)
  }
  return out
}

/** All the text inside a node, white space runs folded and trimmed (iterative: no recursion limit). */
export function textOf(node: Node | null | undefined, skip: ReadonlySet<string> = new Set()): string {
  if (!node) return ''
  const parts: string[] = []
  const stack: Node[] = [node]
  while (stack.length) {
    const n = stack.pop()!
    if (n.nodeType === TEXT_NODE || n.nodeType === CDATA_NODE) parts.push(n.nodeValue ?? '')
    else if (n.nodeType === ELEMENT_NODE && (n === node || !skip.has(localName(n)))) {
      const kids: Node[] = []
      for (let c = n.firstChild; c; c = c.nextSibling) kids.push(c)
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!)
    }
  }
  return parts.join('').replace(SPACE_RUN, ' ').trim()
}
