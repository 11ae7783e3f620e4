import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { buildApi } from '../../../../src/core/bridge/buildApi'
import { wrapHandlerTable } from '../../../../src/core/bridge/wrapHandlerTable'
import type { CopydeskApi } from '../../../../src/core/ipc'
import { createHandlerTable } from '../../../../src/main/services/createHandlerTable'
import { TestDialogPort } from '../../../../src/main/services/ports/TestDialogPort'
import { captureLog } from '../../services/helpers/captureLog'

/**
 * The renderer's `window.copydesk` wired to main's real handler table (validated by the IPC
 * schemas) over fresh temp folders from `tmp`: an empty default workspace, real files.
 */
export async function makeApi(tmp: () => Promise<string>): Promise<{ api: CopydeskApi; workspace: string }> {
  const sample = await tmp()
  await mkdir(join(sample, 'articles'))
  const invoke = wrapHandlerTable(
    createHandlerTable({
      appDataDir: await tmp(),
      documentsDir: await tmp(),
      sampleDir: sample,
      dialog: new TestDialogPort(),
      shell: { openExternal: async () => {} },
      emit: () => {},
      log: captureLog(),
      syncStateDebounceMs: 10
    })
  )
  const api = buildApi((channel, args) => invoke(channel as never, args), () => () => {})
  return { api, workspace: (await api.workspace.info()).path }
}
