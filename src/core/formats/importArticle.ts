import type { ParsedArticle } from '../model/Article'
import { decodeText } from './decodeText'
import type { HtmlNodeLike } from './html/HtmlNodeLike'
import { readHtml } from './html/readHtml'
import { ImportError } from './ImportError'
import { readArticleMarkdown } from './markdown/readArticleMarkdown'
import { looksLikeNinjs, readNinjs } from './ninjs/readNinjs'
import { decodeXml } from './nitf/decodeXml'
import { readNitf } from './nitf/readNitf'
import { readPlainText } from './plainText/readPlainText'

const MAX_BYTES = 50 * 1024 * 1024

/** Formats with no reader planned: converting them first is the user's better path. */
const UNSUPPORTED: Record<string, string> = { doc: 'Word 97–2003 (.doc)', odt: 'OpenDocument', rtf: 'RTF', pdf: 'PDF', pages: 'Pages' }

type Reader = 'text' | 'markdown' | 'html' | 'xml' | 'json' | 'docx'
const BY_EXTENSION: Partial<Record<string, Reader>> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  xml: 'xml',
  nitf: 'xml',
  newsml: 'xml',
  json: 'json',
  ninjs: 'json',
  docx: 'docx'
}

/** What an importer needs from its caller: core has no DOM and no randomness of its own. */
export interface ImportDeps {
  /** Sanitises and parses HTML (DOMPurify over jsdom in main): HTML files, ninjs bodies, XHTML in NewsML. */
  parseSanitizedHtml(html: string): HtmlNodeLike
  /** Fresh ids (ULIDs) for quotes a file carries (NITF `q`); without it they are numbered q-1, q-2… */
  newId?: () => string
}

/** A Word document as HTML (mammoth in main), and its Subtitle paragraph, which is the standfirst. */
export interface DocxHtml {
  html: string
  standfirst?: string
}

export interface AsyncImportDeps extends ImportDeps {
  /** Checks the archive (entries, sizes, ratio) and converts it; throws ImportError when it cannot. */
  docxToHtml(bytes: Uint8Array): Promise<DocxHtml>
}

function extensionOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? ''
  const dot = base.lastIndexOf('.')
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : ''
}

const isZip = (bytes: Uint8Array): boolean => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04

/** The reader for text whose extension says nothing: front matter is Markdown, markup is HTML or XML. */
function sniff(text: string): Reader | 'rtf' {
  const start = text.replace(/^\ufeff/, '').trimStart().slice(0, 1000)
  const lower = start.toLowerCase()
  if (/^---[ \t]*\n/.test(start)) return 'markdown'
  if (/^<(?:[\w.-]+:)?(?:nitf|newsItem|newsMessage|packageItem)[\s>]/.test(start)) return 'xml'
  if (lower.startsWith('<?xml')) {
    const xhtml = /<(?:!doctype\s+)?html[\s>]/i.test(start) && !/<(?:[\w.-]+:)?(?:nitf|newsItem|newsMessage)[\s>]/.test(start)
    return xhtml ? 'html' : 'xml'
  }
  if (lower.startsWith('{\\rtf')) return 'rtf'
  if (start.startsWith('{')) {
    try {
      if (looksLikeNinjs(JSON.parse(text))) return 'json'
    } catch {
      // Not JSON: a text that happens to open with a brace.
    }
  }
  if (/^(?:<!doctype html|<html|<head|<body|<p[\s>]|<div[\s>]|<h[1-6][\s>]|<article[\s>])/.test(lower)) return 'html'
  return 'text'
}

/** The reader a file needs: by extension, else by its first bytes. */
function readerFor(name: string, bytes: Uint8Array): Reader | null {
  const ext = extensionOf(name)
  if (UNSUPPORTED[ext]) throw new ImportError(`${UNSUPPORTED[ext]} files are not supported; save the article as text, Markdown, HTML or Word (.docx)`)
  return BY_EXTENSION[ext] ?? (isZip(bytes) ? 'docx' : null)
}

/**
 * Turns an imported file into an article: checks size, decodes the bytes, and picks a reader by
 * extension, or by content when the extension is unknown or missing: plain text, Markdown,
 * HTML, NITF and NewsML-G2 (XML), ninjs (JSON). HTML is parsed and sanitised by the caller's
 * `parseSanitizedHtml` (jsdom in Node, the DOM in the renderer), so core stays free of any DOM.
 * Word documents need an asynchronous converter: see importArticleAsync. Every refusal is an
 * ImportError.
 */
export function importArticle(name: string, bytes: Uint8Array, deps: ImportDeps): ParsedArticle {
  if (bytes.byteLength > MAX_BYTES) throw new ImportError('The file is larger than 50 MB')
  const chosen = readerFor(name, bytes)
  if (chosen === 'docx') throw new ImportError('Word (.docx) files need the Word converter, which this command does not load; use copydesk import or the app')
  const text = chosen === 'xml' || (chosen === null && bytes[0] === 0x3c) ? decodeXml(bytes) : decodeText(bytes)
  const reader = chosen ?? sniff(text)
  switch (reader) {
    case 'xml':
      // An .xml file may be XHTML, which reads as HTML.
      return chosen === 'xml' && sniff(text) === 'html' ? readHtml(deps.parseSanitizedHtml(text)) : readNitf(text, deps)
    case 'json':
      return readNinjs(text, deps)
    case 'rtf':
      throw new ImportError('RTF files are not supported; save the article as text, Markdown, HTML or Word (.docx)')
    case 'markdown':
      return readArticleMarkdown(text)
    case 'html':
      return readHtml(deps.parseSanitizedHtml(text))
    default:
      return readPlainText(text)
  }
}

/**
 * importArticle for every format, Word (.docx) included: the document is converted by the
 * caller's `docxToHtml` (mammoth in main, after checking the archive), then read like any
 * HTML import, through the same sanitiser.
 */
export async function importArticleAsync(name: string, bytes: Uint8Array, deps: AsyncImportDeps): Promise<ParsedArticle> {
  if (bytes.byteLength > MAX_BYTES) throw new ImportError('The file is larger than 50 MB')
  if (readerFor(name, bytes) !== 'docx') return importArticle(name, bytes, deps)
  const { html, standfirst } = await deps.docxToHtml(bytes)
  const article = readHtml(deps.parseSanitizedHtml(html))
  return standfirst && !article.standfirst ? { ...article, standfirst } : article
}
