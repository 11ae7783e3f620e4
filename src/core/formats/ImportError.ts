/**
 * A file that cannot be turned into an article (empty, binary, badly encoded, unsupported).
 * The message is shown to the user as it is (CLI stderr, the app's import dialog), so it is
 * one plain line that says what is wrong, never a stack or a multi-line parser dump.
 */
export class ImportError extends Error {
  constructor(message: string) {
    super(message.replace(/\s*\n\s*/g, ' ').trim())
    this.name = 'ImportError'
  }
}
