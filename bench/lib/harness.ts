/**
 * The e2e harness (tests/e2e/harness/launchChromium.ts), loaded at run time. tsconfig.node.json
 * (which checks bench/**) is a composite project that may not pull in files outside its
 * `include` (TS6307), so the harness is imported by URL rather than by a static import, and the
 * two shapes the bench needs are restated here; they are structurally those of Profile.ts and
 * AppHandle.ts.
 */
import { chromium, type BrowserContext, type Page } from '@playwright/test'

export interface BenchProfile {
  appDataDir: string
  documentsDir: string
  browserDataDir: string
  colorScheme?: 'light' | 'dark'
}

export interface BenchApp {
  readonly page: Page
  /** `<documentsDir>/Copydesk`: the default workspace the app uses. */
  workspaceDir: string
  restart(): Promise<void>
  close(): Promise<void>
}

interface HarnessModule {
  launchChromium(profile: BenchProfile): Promise<BenchApp>
  chromiumPath(): string | undefined
}

const HARNESS_URL = new URL('../../tests/e2e/harness/launchChromium.ts', import.meta.url).href
let harness: Promise<HarnessModule> | undefined
const load = (): Promise<HarnessModule> => (harness ??= import(HARNESS_URL) as Promise<HarnessModule>)

/**
 * The built renderer in Chromium, wired to the real handler table, on this profile.
 * `initScript` (JavaScript source) runs in the page before the app's own scripts, from the very
 * first navigation. The harness navigates before it returns, so the bench reaches the context as
 * Playwright creates it: launchPersistentContext is wrapped for the duration of the call (the
 * harness imports the same `chromium` object). That also lets a failed start close its browser,
 * which the harness leaves open, and try again when out/renderer was missing for a moment (the
 * e2e suite rebuilds the same folder). A harness option for init scripts would make this unnecessary.
 */
export async function launchApp(profile: BenchProfile, opts: { initScript?: string } = {}): Promise<BenchApp> {
  const harness = await load()
  const { initScript } = opts
  const browserType = chromium as { launchPersistentContext: typeof chromium.launchPersistentContext }
  const original = browserType.launchPersistentContext
  for (let attempt = 1; ; attempt++) {
    let context: BrowserContext | undefined
    browserType.launchPersistentContext = async (...args) => {
      context = await original.apply(chromium, args)
      if (initScript) await context.addInitScript({ content: initScript })
      return context
    }
    try {
      return await harness.launchChromium(profile)
    } catch (error) {
      await context?.close().catch(() => {})
      const missing = error instanceof Error && error.message.includes('ERR_FILE_NOT_FOUND')
      if (!missing || attempt >= 3) throw error
      await new Promise((r) => setTimeout(r, 5000))
    } finally {
      browserType.launchPersistentContext = original
    }
  }
}

export async function systemChromium(): Promise<string> {
  const path = (await load()).chromiumPath()
  if (!path) throw new Error('No Chromium found (CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser)')
  return path
}
