import type { DialogFilter, DialogPort, OpenPurpose } from './DialogPort'

/**
 * A DialogPort whose answers a test queues beforehand: native dialogs are answered here,
 * never by mocking the UI. With nothing queued a dialog answers null, as if cancelled,
 * so a forgotten answer cannot hang a test.
 */
export class TestDialogPort implements DialogPort {
  private readonly openFilesAnswers: (string[] | null)[] = []
  private readonly chooseFolderAnswers: (string | null)[] = []
  /** What each openFiles call asked for, so tests can check the filters and purpose. */
  readonly openFilesCalls: { purpose: OpenPurpose; filters: DialogFilter[] }[] = []
  chooseFolderCalls = 0

  answerOpenFiles(paths: string[] | null): void {
    this.openFilesAnswers.push(paths === null ? null : [...paths])
  }

  answerChooseFolder(path: string | null): void {
    this.chooseFolderAnswers.push(path)
  }

  async openFiles(opts: { purpose: OpenPurpose; filters: DialogFilter[] }): Promise<string[] | null> {
    this.openFilesCalls.push(opts)
    return this.openFilesAnswers.length ? (this.openFilesAnswers.shift() ?? null) : null
  }

  async chooseFolder(_opts?: { purpose: 'workspace' | 'export' }): Promise<string | null> {
    this.chooseFolderCalls++
    return this.chooseFolderAnswers.length ? (this.chooseFolderAnswers.shift() ?? null) : null
  }
}
