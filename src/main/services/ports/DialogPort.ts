/** A file filter as native dialogs take it: extensions without the dot. */
export interface DialogFilter {
  name: string
  extensions: string[]
}

/**
 * Native dialogs, injected by src/main/index.ts (Electron's `dialog`) or a test
 * (TestDialogPort), so the services never import 'electron'. null means cancelled.
 */
export interface DialogPort {
  openFiles(opts: { purpose: 'open' | 'import'; filters: DialogFilter[] }): Promise<string[] | null>
  chooseFolder(): Promise<string | null>
}
