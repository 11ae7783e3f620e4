import { DOMParser } from '@xmldom/xmldom'

const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#'
const XML = 'http://www.w3.org/XML/1998/namespace'
const XMLNS = 'http://www.w3.org/2000/xmlns/'

/** One XMP value: simple text, an ordered or unordered array, a language alternative, or a structure. */
export type XmpValue =
  | { kind: 'text'; text: string }
  | { kind: 'array'; items: XmpValue[] }
  | { kind: 'alt'; items: { lang?: string; value: XmpValue }[] }
  | { kind: 'struct'; fields: XmpProperties }

/**
 * Properties by expanded name: namespace URI + local name, as XMP itself defines them
 * (`http://purl.org/dc/elements/1.1/creator`), so prefixes chosen by the writer do not matter.
 */
export type XmpProperties = Map<string, XmpValue>

interface DomNode {
  nodeType: number
  namespaceURI: string | null
  localName: string | null
  textContent: string | null
  childNodes: ArrayLike<DomNode>
  attributes?: ArrayLike<{ namespaceURI: string | null; localName: string | null; value: string }>
  getAttributeNS?(ns: string, name: string): string | null
}

const ELEMENT = 1

const elements = (node: DomNode): DomNode[] => Array.from(node.childNodes).filter((n) => n.nodeType === ELEMENT)
const nameOf = (node: { namespaceURI: string | null; localName: string | null }): string => `${node.namespaceURI ?? ''}${node.localName ?? ''}`
const rdfAttr = (node: DomNode, name: string): string | null => (node.getAttributeNS?.(RDF, name) || null)

/** Attributes that are XMP properties (not rdf:, xml: or namespace declarations). */
function propertyAttributes(node: DomNode): { name: string; value: string }[] {
  return Array.from(node.attributes ?? [])
    .filter((a) => a.namespaceURI && a.namespaceURI !== RDF && a.namespaceURI !== XML && a.namespaceURI !== XMLNS)
    .map((a) => ({ name: nameOf(a), value: a.value }))
}

/** A node element (rdf:Description or a typed node): its property attributes and property elements. */
function readNode(node: DomNode, into: XmpProperties = new Map()): XmpProperties {
  for (const { name, value } of propertyAttributes(node)) into.set(name, { kind: 'text', text: value })
  for (const child of elements(node)) into.set(nameOf(child), readProperty(child))
  return into
}

/** A property element (or an rdf:li, which reads the same way). */
function readProperty(element: DomNode): XmpValue {
  const resource = rdfAttr(element, 'resource')
  if (resource !== null) return { kind: 'text', text: resource }
  const parseType = rdfAttr(element, 'parseType')
  if (parseType === 'Resource') return unwrapQualified(readNode(element))
  if (parseType === 'Literal') return { kind: 'text', text: element.textContent ?? '' }
  const children = elements(element)
  const container = children[0]
  if (container) {
    if (container.namespaceURI === RDF && (container.localName === 'Seq' || container.localName === 'Bag')) {
      return { kind: 'array', items: elements(container).filter(isLi).map(readProperty) }
    }
    if (container.namespaceURI === RDF && container.localName === 'Alt') {
      return {
        kind: 'alt',
        items: elements(container)
          .filter(isLi)
          .map((li) => ({ lang: li.getAttributeNS?.(XML, 'lang') ?? undefined, value: readProperty(li) }))
      }
    }
    // A nested node element: rdf:Description (or a typed node) holding a structure.
    return unwrapQualified(readNode(container))
  }
  const attributes = propertyAttributes(element)
  if (attributes.length > 0) return { kind: 'struct', fields: readNode(element) }
  return { kind: 'text', text: element.textContent ?? '' }
}

const isLi = (node: DomNode): boolean => node.namespaceURI === RDF && node.localName === 'li'

/** A qualified value (`rdf:value` plus qualifiers such as xml:lang) stands for its rdf:value. */
function unwrapQualified(fields: XmpProperties): XmpValue {
  const value = fields.get(`${RDF}value`)
  return value ?? { kind: 'struct', fields }
}

/** Thrown for an XMP packet that is not well-formed XML. */
export class XmpSyntaxError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'XmpSyntaxError'
  }
}

/**
 * Reads an XMP packet (RDF/XML) into its top-level properties, with a real XML parser: entities
 * are decoded, structures, arrays and language alternatives keep their shape, and values are
 * never coerced to numbers. Several rdf:Description blocks merge, as XMP says they do.
 */
export function parseXmp(packet: string): XmpProperties {
  // Recoverable slips (an unknown entity) are let pass, as other XMP readers do; xmldom throws on
  // anything that leaves no document.
  const parser = new DOMParser({ onError: () => undefined })
  let doc: DomNode
  try {
    doc = parser.parseFromString(packet.replace(/^\uFEFF/, '').replace(/\0+$/, ''), 'text/xml') as unknown as DomNode
  } catch (error) {
    throw new XmpSyntaxError(error instanceof Error ? error.message.split('\n')[0]! : String(error))
  }
  const properties: XmpProperties = new Map()
  const visit = (node: DomNode): void => {
    for (const child of elements(node)) {
      if (child.namespaceURI === RDF && child.localName === 'RDF') {
        for (const description of elements(child)) readNode(description, properties)
      } else {
        visit(child)
      }
    }
  }
  visit(doc)
  return properties
}
