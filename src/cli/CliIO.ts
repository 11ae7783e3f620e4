/** Where a command writes: the process streams in real use, buffers in tests. */
export interface CliIO {
  stdout(text: string): void
  stderr(text: string): void
}
