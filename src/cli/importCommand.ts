import { basename } from 'node:path'
import { ImportError } from '../core/formats/ImportError'
import type { ParsedArticle } from '../core/model/Article'
import { CliError } from './CliError'
import type { CliIO } from './CliIO'
import { parseCommandArgs } from './parseCommandArgs'
import { importFile } from '../main/services/files/importFile'
import { readInputFile } from './readInputFile'
import { summarizeArticle } from './summarizeArticle'

/**
 * `copydesk import <file…> [--json]`: parses each file into the article model. With --json,
 * stdout holds only JSON (one file: the article; several: an array). All files are read
 * before anything is printed, so a bad file fails the whole run without partial output.
 */
export async function importCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    json: { type: 'boolean' },
    workspace: { type: 'string' }
  })
  if (positionals.length === 0) throw new CliError('import needs at least one file (copydesk import <file…>)', 2)
  const articles: ParsedArticle[] = []
  for (const file of positionals) {
    const bytes = await readInputFile(file)
    try {
      articles.push(await importFile(basename(file), bytes))
    } catch (error) {
      if (error instanceof ImportError) throw new CliError(`${file}: ${error.message}`)
      throw error
    }
  }
  if (values.json) {
    io.stdout(`${JSON.stringify(articles.length === 1 ? articles[0] : articles, null, 2)}\n`)
  } else {
    io.stdout(articles.map((article, i) => summarizeArticle(positionals[i]!, article)).join('\n'))
  }
  return 0
}
