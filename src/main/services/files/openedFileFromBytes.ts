import { posix } from 'node:path'
import type { ParsedArticle } from '../../../core/model/Article'
import type { OpenedFile } from '../../../core/ipc'
import { ImportError } from '../../../core/formats/ImportError'
import type { Logger } from '../Logger'

/** Parses a file's bytes into an article; throws (ideally an ImportError) when it cannot. */
export type ArticleImporter = (name: string, bytes: Uint8Array) => ParsedArticle | Promise<ParsedArticle>

/**
 * One opened or dropped file as the renderer receives it: the parsed article, or an `error`
 * sentence instead of a thrown error, so one unreadable file in a batch of ten does not lose
 * the other nine. Import errors carry a message meant for the user; anything else is a bug,
 * logged in full and reported briefly.
 */
export async function openedFileFromBytes(
  name: string,
  bytes: Uint8Array,
  importer: ArticleImporter,
  log: Logger
): Promise<OpenedFile> {
  // Only the base name: it labels the file and its extension picks the reader.
  const base = posix.basename(name.replace(/\\/g, '/')) || name
  try {
    return { name: base, article: await importer(base, bytes) }
  } catch (err) {
    const isImportError = err instanceof ImportError
    if (!isImportError) log.error(`Unexpected error importing ${base}`, err)
    const message = err instanceof Error ? err.message : String(err)
    return { name: base, error: isImportError ? message : `Could not read this file: ${message}` }
  }
}
