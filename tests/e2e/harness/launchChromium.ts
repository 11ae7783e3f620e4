import { chromium, type BrowserContext, type Page } from '@playwright/test'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { buildSync } from 'esbuild'
import { wrapHandlerTable } from '../../../src/core/bridge/wrapHandlerTable'
import { createServices, type Services } from '../../../src/main/services/createServices'
import { TestDialogPort } from '../../../src/main/services/ports/TestDialogPort'
import type { AppHandle } from './AppHandle'
import { CHROMIUM_ARGS } from './chromiumArgs'
import { decodeBytes, encodeBytes } from './bytesEnvelope'
import type { Profile } from './Profile'

const ROOT = join(import.meta.dirname, '../../..')
const RENDERER = pathToFileURL(join(ROOT, 'out/renderer/index.html')).href

let bridgeScript: string | undefined
function pageBridge(): string {
  bridgeScript ??= buildSync({
    entryPoints: [join(import.meta.dirname, 'pageBridge.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120'
  }).outputFiles[0]!.text
  return bridgeScript
}

export function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[]
  return candidates.find((p) => existsSync(p))
}

/**
 * The browser backend: the built renderer in Chromium, with `window.copydesk` wired through
 * exposeBinding to the SAME wrapped handler table main registers — real services, real files,
 * real IndexedDB (a persistent profile, so a restart keeps it). Dialogs answer from TestDialogPort.
 */
export async function launchChromium(profile: Profile): Promise<AppHandle> {
  const dialogs = new TestDialogPort()
  let context: BrowserContext
  let page: Page
  let services: Services

  const start = async (): Promise<void> => {
    services = createServices({
      appDataDir: profile.appDataDir,
      documentsDir: profile.documentsDir,
      sampleDir: join(ROOT, 'resources/sample-workspace'),
      dialog: dialogs,
      shell: { openExternal: async () => {} },
      emit: (event, payload) => {
        void page?.evaluate(([e, p]) => window.__copydeskEmit(e, p), [event, encodeBytes(payload)] as const).catch(() => {})
      }
    })
    const invoke = wrapHandlerTable(services.table)
    context = await chromium.launchPersistentContext(profile.browserDataDir, {
      executablePath: chromiumPath(),
      headless: true,
      viewport: { width: 1360, height: 860 },
      colorScheme: profile.colorScheme ?? 'light',
      args: CHROMIUM_ARGS
    })
    await context.exposeBinding('__copydeskInvoke', async (_source, channel: unknown, args: unknown) =>
      encodeBytes(await invoke(String(channel), decodeBytes(args)))
    )
    await context.addInitScript({ content: pageBridge() })
    page = context.pages()[0] ?? (await context.newPage())
    await page.goto(RENDERER)
    // Ready when the app shell is up and listening for keys (tests may start by pressing one).
    await page.getByRole('navigation', { name: 'Library' }).waitFor()
  }
  await start()

  const handle: AppHandle = {
    backend: 'chromium',
    get page() {
      return page
    },
    workspaceDir: join(profile.documentsDir, 'Copydesk'),
    answerOpenFiles: async (paths) => dialogs.answerOpenFiles(paths),
    answerChooseFolder: async (path) => dialogs.answerChooseFolder(path),
    restart: async () => {
      await handle.close()
      await start()
    },
    close: async () => {
      await context.close()
      await services.flush()
    }
  }
  return handle
}
