import { DOMParser, ParseError, type Element } from '@xmldom/xmldom'
import { HTML_ENTITIES } from '@xmldom/xmldom/lib/entities.js'
import { ImportError } from '../ImportError'

/**
 * Wire XML is small (a story is tens of kilobytes); the pure-JS parser needs seconds for
 * tens of megabytes, so bigger files are refused rather than left to freeze the import.
 */
export const MAX_XML_CHARS = 5 * 1024 * 1024

const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos'])
const NAMED_REFERENCE = /&([A-Za-z][A-Za-z0-9]{0,31});/g

/**
 * HTML named references (`&nbsp;`, `&eacute;`) are common in wire XML written against the
 * NITF DTD, which declares them; the XML parser knows only the five XML ones. They become
 * numeric references, which need no DTD. Unknown names are left for the parser to report.
 */
function numericReferences(text: string): string {
  return text.replace(NAMED_REFERENCE, (whole, name: string) => {
    if (XML_ENTITIES.has(name) || !Object.hasOwn(HTML_ENTITIES, name)) return whole
    return Array.from(HTML_ENTITIES[name]!, (c) => `&#x${c.codePointAt(0)!.toString(16)};`).join('')
  })
}

/**
 * Parses untrusted XML (NITF, NewsML-G2) into a DOM with the pure-JS xmldom parser, safely:
 * - nothing is ever fetched: xmldom reads no external DTD, schema or entity;
 * - a document that declares entities of its own (`<!ENTITY` in the DOCTYPE: the billion-laughs
 *   and external-entity attacks) is refused outright; a plain `<!DOCTYPE nitf SYSTEM "…">` is
 *   fine and ignored;
 * - the size is capped (MAX_XML_CHARS).
 * Returns the root element; malformed XML is an ImportError with the parser's first complaint.
 */
export function parseXml(text: string): Element {
  if (text.length > MAX_XML_CHARS) throw new ImportError('The XML file is larger than 5 MB; wire stories are far smaller, so it is not read')
  // Anywhere, not just in the prolog: a comment can make a prolog hard to delimit, and markup
  // declarations have no business in article text (escaped, `&lt;!ENTITY` is fine).
  if (/<!ENTITY/i.test(text)) {
    throw new ImportError('The XML file declares its own entities (<!ENTITY> in its DOCTYPE), which are never read for safety')
  }
  let root: Element | null
  try {
    const doc = new DOMParser({
      // Warnings and recoverable errors (an unknown `&name;` left as text) do not stop the import.
      onError: () => undefined
    }).parseFromString(numericReferences(text), 'text/xml')
    root = doc.documentElement
  } catch (error) {
    if (!(error instanceof ParseError) && !(error instanceof Error)) throw error
    const message = error.message.split('\n')[0]!.slice(0, 200)
    throw new ImportError(`The file is not well-formed XML: ${message}`)
  }
  if (!root) throw new ImportError('The XML file has no root element')
  return root
}
