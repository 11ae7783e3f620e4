import { test as base, expect } from '@playwright/test'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AppHandle } from './harness/AppHandle'
import { electronAvailable } from './harness/electronAvailable'
import { launchChromium } from './harness/launchChromium'
import { launchElectron } from './harness/launchElectron'
import type { Profile } from './harness/Profile'
import { EditorPage } from './pages/EditorPage'
import { InspectorPage } from './pages/InspectorPage'
import { LibraryPage } from './pages/LibraryPage'

interface Fixtures {
  /** The OS colour scheme the app starts under. */
  theme: 'light' | 'dark'
  profile: Profile
  app: AppHandle
  library: LibraryPage
  editor: EditorPage
  inspector: InspectorPage
}

/**
 * One fixture, two backends: real Electron where its binary is installed, otherwise the built
 * renderer in Chromium wired to main's real handler table. Every test gets fresh folders.
 */
export const test = base.extend<Fixtures>({
  theme: ['light', { option: true }],
  profile: async ({ theme }, use) => {
    const root = await mkdtemp(join(tmpdir(), 'copydesk-e2e-'))
    await use({
      appDataDir: join(root, 'app-data'),
      documentsDir: join(root, 'Documents'),
      browserDataDir: join(root, 'browser'),
      colorScheme: theme
    })
    await rm(root, { recursive: true, force: true })
  },
  app: async ({ profile }, use) => {
    const app = electronAvailable() ? await launchElectron(profile) : await launchChromium(profile)
    await use(app)
    await app.close()
  },
  library: async ({ app }, use) => use(new LibraryPage(app)),
  editor: async ({ app }, use) => use(new EditorPage(app)),
  inspector: async ({ app }, use) => use(new InspectorPage(app))
})

export { expect }
