import createDOMPurify, { type DOMPurify, type WindowLike } from 'dompurify'
import { createRequire } from 'node:module'
import type * as Jsdom from 'jsdom'
import type { HtmlNodeLike } from '../../../core/formats/html/HtmlNodeLike'
import { keepTagAttribute, sanitizeConfig } from '../../../core/formats/html/sanitizeConfig'

/**
 * jsdom takes the better part of a second to load, so it is required on the first HTML
 * import rather than at app start. The call must stay synchronous (importArticle's
 * parseSanitizedHtml is), hence require() and not import().
 */
const requireCjs = createRequire(import.meta.url)

let purify: DOMPurify | undefined

/**
 * One jsdom window for the process: creating one costs tens of milliseconds, and DOMPurify
 * parses every input into a fresh document of its own, so nothing leaks between calls.
 */
function getPurify(): DOMPurify {
  if (!purify) {
    const { JSDOM } = requireCjs('jsdom') as typeof Jsdom
    const { window } = new JSDOM('<!doctype html><html><body></body></html>')
    purify = createDOMPurify(window as unknown as WindowLike)
    // Copydesk's tag attributes stay only with a valid id or keyword as their value.
    purify.addHook('uponSanitizeAttribute', (_node, data) => {
      if (!keepTagAttribute(data.attrName, data.attrValue)) data.keepAttr = false
    })
  }
  return purify
}

/**
 * Parses untrusted HTML (an imported .html file) into a sanitised DOM with the shared
 * DOMPurify config, the same one the renderer and CLI use, and returns its root: <html> while
 * the config sanitises WHOLE_DOCUMENT (the <title> can give the headline), else <body>.
 * DOMPurify's own tree is returned as it is (RETURN_DOM), so the markup is parsed once, not
 * serialised and parsed again. The HTML reader in src/core walks the result through the
 * HtmlNodeLike interface, so core needs no DOM library of its own.
 */
export function parseSanitizedHtml(html: string): HtmlNodeLike {
  const body = getPurify().sanitize(html, { ...sanitizeConfig, RETURN_DOM: true, RETURN_DOM_FRAGMENT: false })
  return body as unknown as HtmlNodeLike
}
