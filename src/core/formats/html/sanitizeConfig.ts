import { isEntityType } from '../../model/EntityType'
import { isTagId } from '../../model/isTagId'
import { QUOTE_KINDS } from '../../model/tagMarks'

/** The data-* attributes of Copydesk's tags (see htmlMarkTags), the only ones the sanitiser keeps. */
export const TAG_ATTRIBUTES = [
  'data-entity',
  'data-entity-type',
  'data-wikidata',
  'data-quote',
  'data-speaker',
  'data-source',
  'data-kind',
  'data-verified',
  'data-attribution'
] as const

/**
 * Whether a tag attribute's value may stay: ids must be valid tag ids, enums one of their
 * values, so nothing but an id or a keyword ever rides along in them. Other attributes: true
 * (the sanitiser's own rules decide).
 */
export function keepTagAttribute(name: string, value: string): boolean {
  switch (name.toLowerCase()) {
    case 'data-entity':
    case 'data-quote':
    case 'data-speaker':
    case 'data-source':
      return isTagId(value)
    case 'data-entity-type':
      return isEntityType(value)
    case 'data-kind':
      return (QUOTE_KINDS as readonly string[]).includes(value)
    case 'data-verified':
      return value === 'true' || value === 'false'
    case 'data-wikidata':
      return /^Q[1-9]\d{0,11}$/.test(value)
    case 'data-attribution':
      return value === ''
    default:
      return true
  }
}

/**
 * The one DOMPurify configuration for imported HTML, shared by main (CLI, file import) and
 * the renderer (paste), so both keep exactly the same things. It keeps the structure and
 * formatting readHtml understands, the document title, and http(s)/mailto links; it removes
 * scripts, styles, frames, embeds, forms, every event handler and every other URL scheme.
 * Declared as a plain object so core needs no DOMPurify types; it fits DOMPurify's Config.
 */
export const sanitizeConfig = {
  /** The title may give the headline, so the document is sanitised whole. */
  WHOLE_DOCUMENT: true,
  ALLOWED_TAGS: [
    'html', 'head', 'title', 'body',
    'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'div', 'br', 'hr', 'blockquote', 'pre',
    'ul', 'ol', 'li', 'dl', 'dt', 'dd',
    'b', 'strong', 'i', 'em', 's', 'del', 'strike', 'u', 'ins', 'a', 'q', 'cite', 'span', 'small', 'sub', 'sup', 'mark', 'abbr', 'code', 'time',
    'section', 'article', 'main', 'header', 'footer', 'aside', 'figure', 'figcaption', 'address',
    'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption'
  ],
  /**
   * Copydesk's own tag attributes (its HTML export and the editor's copy) are kept so tags
   * come back on import; no other data-* attribute is. Their values are checked by
   * keepTagAttribute (a hook in the sanitiser) and again by readHtml.
   */
  ALLOWED_ATTR: ['href', 'start', 'title', 'lang', 'dir', 'datetime', ...TAG_ATTRIBUTES],
  /** Their values are ids and keywords, not URLs: without this they would have to pass ALLOWED_URI_REGEXP. */
  ADD_URI_SAFE_ATTR: [...TAG_ATTRIBUTES],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
  FORBID_TAGS: ['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'form', 'input', 'button', 'textarea', 'select', 'template', 'svg', 'math', 'link', 'meta', 'base', 'noscript'],
  FORBID_ATTR: ['style', 'srcset', 'src', 'action', 'formaction', 'xlink:href'],
  /** Other removed elements keep their text: some CMS exports wrap the whole article in a <form>. */
  KEEP_CONTENT: true,
  /** …but controls and embeds carry labels and fallbacks, not article text. */
  ADD_FORBID_CONTENTS: ['object', 'embed', 'button', 'select', 'textarea', 'option']
}
