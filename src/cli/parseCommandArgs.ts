import { parseArgs, type ParseArgsConfig } from 'node:util'
import { CliError } from './CliError'

type Options = NonNullable<ParseArgsConfig['options']>

/**
 * Node's strict argument parser with its errors turned into one-line usage errors (exit 2).
 * Every command accepts --json and --workspace (DESIGN.md), so unknown flags are the
 * only thing to refuse.
 */
export function parseCommandArgs(
  args: string[],
  options: Options
): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true })
    return { values: values as Record<string, string | boolean | undefined>, positionals }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const option = /'(-[^' ]*)/.exec(message)?.[1]
    const code = (error as { code?: string }).code
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new CliError(`unknown option ${option ?? ''} (see copydesk --help)`, 2)
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new CliError(`option ${option ?? ''} needs a value (see copydesk --help)`, 2)
    throw new CliError(message.split('\n')[0]!, 2)
  }
}
