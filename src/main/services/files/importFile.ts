import { ulid } from 'ulid'
import { importArticleAsync } from '../../../core/formats/importArticle'
import type { ParsedArticle } from '../../../core/model/Article'
import { docxToHtml } from '../docx/docxToHtml'
import { parseSanitizedHtml } from '../html/parseSanitizedHtml'

/**
 * What the open dialog offers: every format importFile reads. Files of other types can still
 * be dropped or passed on the command line, and are then read by their content.
 */
export const IMPORT_EXTENSIONS = ['txt', 'md', 'markdown', 'html', 'htm', 'xhtml', 'docx', 'xml', 'nitf', 'json', 'ninjs']

/**
 * Main's importer for the app (open dialog, drop, "open with") and the CLI: the core dispatch
 * (importArticleAsync) with main's helpers — DOMPurify over jsdom for HTML, mammoth for Word
 * after the archive check, and ULIDs for the quotes a NITF file carries.
 */
export function importFile(name: string, bytes: Uint8Array): Promise<ParsedArticle> {
  return importArticleAsync(name, bytes, { parseSanitizedHtml, docxToHtml, newId: ulid })
}
