import type { ParsedArticle } from '../model/Article'
import { decodeText } from './decodeText'
import type { HtmlNodeLike } from './html/HtmlNodeLike'
import { readHtml } from './html/readHtml'
import { ImportError } from './ImportError'
import { readArticleMarkdown } from './markdown/readArticleMarkdown'
import { readPlainText } from './plainText/readPlainText'

const MAX_BYTES = 50 * 1024 * 1024

/** Formats with a reader planned in a later issue; refused with a clear message until then. */
const NOT_YET: Record<string, string> = { docx: 'Word (.docx)', nitf: 'NITF', xml: 'XML (NITF)', json: 'JSON (ninjs)' }
/** Formats with no reader planned: converting them first is the user's better path. */
const UNSUPPORTED: Record<string, string> = { doc: 'Word 97–2003 (.doc)', odt: 'OpenDocument', rtf: 'RTF', pdf: 'PDF', pages: 'Pages' }

type Reader = 'text' | 'markdown' | 'html'
const BY_EXTENSION: Partial<Record<string, Reader>> = { txt: 'text', text: 'text', md: 'markdown', markdown: 'markdown', html: 'html', htm: 'html' }

function extensionOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? ''
  const dot = base.lastIndexOf('.')
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : ''
}

/** The reader for text whose extension says nothing: front matter is Markdown, markup is HTML. */
function sniff(text: string): Reader | 'xml' | 'rtf' {
  const start = text.replace(/^\ufeff/, '').trimStart().slice(0, 1000).toLowerCase()
  if (/^---[ \t]*\n/.test(start)) return 'markdown'
  if (start.startsWith('<?xml')) return 'xml'
  if (start.startsWith('{\\rtf')) return 'rtf'
  if (/^(?:<!doctype html|<html|<head|<body|<p[\s>]|<div[\s>]|<h[1-6][\s>]|<article[\s>])/.test(start)) return 'html'
  return 'text'
}

/**
 * Turns an imported file into an article: checks size, decodes the bytes (decodeText), and
 * picks a reader by extension, or by content when the extension is unknown or missing.
 * HTML is parsed and sanitised by the caller's `parseSanitizedHtml` (jsdom in Node, the DOM in
 * the renderer), so core stays free of any DOM. Every refusal is an ImportError.
 */
export function importArticle(
  name: string,
  bytes: Uint8Array,
  deps: { parseSanitizedHtml(html: string): HtmlNodeLike }
): ParsedArticle {
  if (bytes.byteLength > MAX_BYTES) throw new ImportError('The file is larger than 50 MB')
  const ext = extensionOf(name)
  if (NOT_YET[ext]) throw new ImportError(`Importing ${NOT_YET[ext]} files is not supported yet`)
  if (UNSUPPORTED[ext]) throw new ImportError(`${UNSUPPORTED[ext]} files are not supported; save the article as text, Markdown or HTML`)
  const text = decodeText(bytes)
  const reader = BY_EXTENSION[ext] ?? sniff(text)
  switch (reader) {
    case 'xml':
      throw new ImportError('Importing XML (NITF) files is not supported yet')
    case 'rtf':
      throw new ImportError('RTF files are not supported; save the article as text, Markdown or HTML')
    case 'markdown':
      return readArticleMarkdown(text)
    case 'html':
      return readHtml(deps.parseSanitizedHtml(text))
    default:
      return readPlainText(text)
  }
}
