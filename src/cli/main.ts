import { backupCommand } from './backupCommand'
import { checkCommand } from './checkCommand'
import { CliError } from './CliError'
import type { CliIO } from './CliIO'
import { exportCommand } from './exportCommand'
import { importCommand } from './importCommand'
import { photoCommand } from './photoCommand'
import { restoreCommand } from './restoreCommand'
import { suggestCommand } from './suggestCommand'
import { tagCommand } from './tagCommand'
import { usage } from './usage'

const COMMANDS: Record<string, (args: string[], io: CliIO) => Promise<number>> = {
  import: importCommand,
  photo: photoCommand,
  check: checkCommand,
  suggest: (args, io) => suggestCommand(args, io),
  tag: tagCommand,
  export: exportCommand,
  backup: backupCommand,
  restore: restoreCommand
}

const processIO: CliIO = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text)
}

/**
 * The `copydesk` command line (DESIGN.md, "Command line"): dispatches to a command and maps
 * every failure to one stderr line `copydesk: <message>` and an exit code (1 bad input,
 * 2 usage). Returns the exit code rather than exiting, so buffered stdout is never cut off.
 */
export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const [command, ...args] = argv
  try {
    if (command === '--help' || command === '-h' || command === 'help') {
      io.stdout(usage)
      return 0
    }
    if (command === undefined) throw new CliError('no command given (see copydesk --help)', 2)
    const run = Object.prototype.hasOwnProperty.call(COMMANDS, command) ? COMMANDS[command] : undefined
    if (!run) {
      throw new CliError(command.startsWith('-') ? `unknown option ${command} (see copydesk --help)` : `unknown command: ${command} (see copydesk --help)`, 2)
    }
    if (args.includes('--help') || args.includes('-h')) {
      io.stdout(usage)
      return 0
    }
    return await run(args, io)
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`copydesk: ${error.message}\n`)
      return error.exitCode
    }
    const message = error instanceof Error ? error.message : String(error)
    io.stderr(`copydesk: unexpected error: ${message.split('\n')[0]}\n`)
    return 1
  }
}
