/**
 * An error the CLI reports as one line `copydesk: <message>` on stderr. Exit code 2 marks a
 * usage error (unknown command or option, missing argument), 1 a bad input file.
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1
  ) {
    super(message)
    this.name = 'CliError'
  }
}
