import type { OpenedFile } from '../../../core/ipc'
import { createArticle } from '../db/createArticle'

export interface OpenOutcome {
  ids: string[]
  errors: string[]
}

/** Turns files the user opened or dropped into articles; unreadable files become error messages. */
export async function openFiles(files: OpenedFile[]): Promise<OpenOutcome> {
  const outcome: OpenOutcome = { ids: [], errors: [] }
  for (const file of files) {
    if (file.article) outcome.ids.push(await createArticle(file.article, 'import'))
    else outcome.errors.push(`${file.name}: ${file.error ?? 'could not be read'}`)
  }
  return outcome
}
