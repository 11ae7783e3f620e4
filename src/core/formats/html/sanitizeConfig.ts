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
  ALLOWED_ATTR: ['href', 'start', 'title', 'lang', 'dir', 'datetime'],
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
