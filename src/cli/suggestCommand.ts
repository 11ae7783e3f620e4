import { createInterface } from 'node:readline'
import { basename } from 'node:path'
import { ImportError } from '../core/formats/ImportError'
import { importArticle } from '../core/formats/importArticle'
import { docToLines } from '../core/model/docToLines'
import { suggest } from '../core/suggest/suggest'
import { toContractSuggestions } from '../core/suggest/toContractSuggestions'
import { parseSanitizedHtml } from '../main/services/html/parseSanitizedHtml'
import { CliError } from './CliError'
import type { CliIO } from './CliIO'
import { loadWorkspaceRegistry } from './loadWorkspaceRegistry'
import { parseCommandArgs } from './parseCommandArgs'
import { readInputFile } from './readInputFile'

/**
 * `copydesk suggest <file> [--json]`: entity and quote suggestions for an article file; offsets
 * index the article's text, one line per paragraph, which the output includes as `text`.
 * `copydesk suggest --jsonl`: one `{"id","text"}` object per stdin line in, one
 * `{"id","entities","quotes"}` line out, offsets into the text as given.
 */
export async function suggestCommand(args: string[], io: CliIO, stdin: NodeJS.ReadableStream = process.stdin): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    json: { type: 'boolean' },
    jsonl: { type: 'boolean' },
    workspace: { type: 'string' }
  })
  const registry = await loadWorkspaceRegistry(values.workspace as string | undefined)
  if (values.jsonl) {
    if (positionals.length) throw new CliError('suggest --jsonl reads stdin; give no file', 2)
    let lineNo = 0
    for await (const line of createInterface({ input: stdin, crlfDelay: Infinity })) {
      lineNo++
      if (!line.trim()) continue
      let input: unknown
      try {
        input = JSON.parse(line)
      } catch {
        throw new CliError(`stdin line ${lineNo}: not JSON`)
      }
      const { id, text } = (input ?? {}) as { id?: unknown; text?: unknown }
      if (typeof text !== 'string' || (typeof id !== 'string' && typeof id !== 'number')) {
        throw new CliError(`stdin line ${lineNo}: expected {"id","text"} with a string text`)
      }
      io.stdout(`${JSON.stringify({ id, ...toContractSuggestions(suggest(text, registry)) })}\n`)
    }
    return 0
  }
  if (positionals.length !== 1) throw new CliError('suggest needs one file (copydesk suggest <file>), or --jsonl', 2)
  const file = positionals[0]!
  const bytes = await readInputFile(file)
  let text: string
  try {
    text = docToLines(importArticle(basename(file), bytes, { parseSanitizedHtml }).body)
  } catch (error) {
    if (error instanceof ImportError) throw new CliError(`${file}: ${error.message}`)
    throw error
  }
  const result = toContractSuggestions(suggest(text, registry))
  if (values.json) {
    io.stdout(`${JSON.stringify({ text, ...result }, null, 2)}\n`)
  } else {
    for (const e of result.entities) io.stdout(`${e.type.padEnd(12)} ${e.text}${e.entityId ? ` → ${e.entityId}` : ''} (${e.confidence})\n`)
    for (const q of result.quotes) {
      io.stdout(`${q.kind.padEnd(12)} ${q.text.slice(0, 70)}${q.text.length > 70 ? '…' : ''} — ${q.speaker?.name ?? 'unknown speaker'}\n`)
    }
  }
  return 0
}
