import type { HandlerTable } from '../../../core/ipc'
import type { DialogPort } from '../ports/DialogPort'
import { ExportFolders, existingExportFiles, writeExportFiles } from './exportFiles'

type ExportHandlers = Pick<HandlerTable, 'export:chooseFolder' | 'export:existing' | 'export:write'>

/**
 * The export channels: the renderer runs the (pure) writers and hands main the text; main
 * asks for the folder, says which names exist, and writes the files atomically — only into a
 * folder the user picked in the dialog, only plain file names, never over a file unless told to.
 */
export function createExportHandlers(deps: { dialog: DialogPort }): ExportHandlers {
  const folders = new ExportFolders()
  return {
    'export:chooseFolder': async () => {
      const picked = await deps.dialog.chooseFolder({ purpose: 'export' })
      return { folder: picked ? folders.remember(picked) : null }
    },
    'export:existing': async ({ folder, names }) => ({ existing: await existingExportFiles(folders.check(folder), names) }),
    'export:write': async ({ folder, files, overwrite }) => writeExportFiles(folders.check(folder), files, overwrite)
  }
}
