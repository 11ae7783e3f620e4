import { DOMParser, type Document, type Element } from '@xmldom/xmldom'

/** Parses XML strictly (any warning or error fails the test) for assertions on exports. */
export function parseXml(xml: string): Document {
  return new DOMParser({
    onError: (level, message) => {
      throw new Error(`${level}: ${message}`)
    }
  }).parseFromString(xml, 'text/xml')
}

/** Elements by local name anywhere under a node. */
export function all(node: Document | Element, name: string): Element[] {
  return Array.from(node.getElementsByTagName(name))
}
