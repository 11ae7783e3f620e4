import createDOMPurify, { type WindowLike } from 'dompurify'
import { JSDOM } from 'jsdom'
import type { HtmlNodeLike } from '../core/formats/html/HtmlNodeLike'
import { sanitizeConfig } from '../core/formats/html/sanitizeConfig'

let purifier: ReturnType<typeof createDOMPurify> | null = null

/**
 * The Node side of importArticle's HTML dependency: DOMPurify over jsdom with the shared
 * sanitizeConfig, then the clean markup parsed into a jsdom document for readHtml. jsdom
 * runs no scripts and loads no resources by default, so the untrusted markup is inert while
 * it is sanitised. One DOMPurify instance is kept: creating a jsdom window is the slow part.
 */
export function parseSanitizedHtmlNode(html: string): HtmlNodeLike {
  purifier ??= createDOMPurify(new JSDOM('').window as unknown as WindowLike)
  const clean = purifier.sanitize(html, { ...sanitizeConfig, RETURN_DOM: false, RETURN_DOM_FRAGMENT: false, RETURN_TRUSTED_TYPE: false })
  return new JSDOM(clean).window.document
}
