import { _electron as electron, type ElectronApplication, type Page } from '@playwright/test'
import { join } from 'node:path'
import type { AppHandle } from './AppHandle'
import type { Profile } from './Profile'

const ROOT = join(import.meta.dirname, '../../..')

/** The Electron backend: the built app, its dialogs answered by main's TestDialogPort. */
export async function launchElectron(profile: Profile): Promise<AppHandle> {
  let app: ElectronApplication
  let page: Page
  const start = async (): Promise<void> => {
    app = await electron.launch({
      args: [join(ROOT, 'out/main/index.js')],
      env: {
        ...process.env,
        COPYDESK_TEST: '1',
        COPYDESK_USER_DATA: profile.appDataDir,
        COPYDESK_DOCUMENTS: profile.documentsDir
      } as Record<string, string>,
      colorScheme: profile.colorScheme ?? 'light'
    })
    page = await app.firstWindow()
    // Ready when the app shell is up and listening for keys (tests may start by pressing one).
    await page.getByRole('navigation', { name: 'Library' }).waitFor()
  }
  await start()
  const handle: AppHandle = {
    backend: 'electron',
    get page() {
      return page
    },
    workspaceDir: join(profile.documentsDir, 'Copydesk'),
    answerOpenFiles: async (paths) => {
      await app.evaluate((_electron, p) => {
        const port = (globalThis as Record<string, unknown>).__copydeskTestDialogs as { answerOpenFiles(p: string[] | null): void }
        port.answerOpenFiles(p)
      }, paths)
    },
    answerChooseFolder: async (path) => {
      await app.evaluate((_electron, p) => {
        const port = (globalThis as Record<string, unknown>).__copydeskTestDialogs as { answerChooseFolder(p: string | null): void }
        port.answerChooseFolder(p)
      }, path)
    },
    restart: async () => {
      await app.close()
      await start()
    },
    close: async () => app.close()
  }
  return handle
}
