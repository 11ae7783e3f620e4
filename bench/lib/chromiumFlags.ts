import type { Page } from '@playwright/test'

/** The flags DESIGN.md asks for on these machines (the same the e2e harness passes). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--allow-file-access-from-files'
]

/** "156.0.8078.108", asked over CDP (a persistent context has no Browser object, and the user agent is reduced). */
export async function chromiumVersion(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page)
  try {
    const { product } = (await cdp.send('Browser.getVersion')) as { product: string }
    return product.replace(/^.*?\//, '')
  } finally {
    await cdp.detach()
  }
}
