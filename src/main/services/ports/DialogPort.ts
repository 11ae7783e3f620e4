/** A file filter as native dialogs take it: extensions without the dot. */
export interface DialogFilter {
  name: string
  extensions: string[]
}

/** Why a file dialog opens: articles to open or import, or photos to add to the article. */
export type OpenPurpose = 'open' | 'import' | 'photo'

/**
 * Native dialogs, injected by src/main/index.ts (Electron's `dialog`) or a test
 * (TestDialogPort), so the services never import 'electron'. null means cancelled.
 */
export interface DialogPort {
  openFiles(opts: { purpose: OpenPurpose; filters: DialogFilter[] }): Promise<string[] | null>
  /** A folder: the workspace (default) or where an export goes; the purpose sets the title. */
  chooseFolder(opts?: { purpose: 'workspace' | 'export' }): Promise<string | null>
}
