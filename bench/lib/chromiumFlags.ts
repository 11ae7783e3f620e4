import type { Page } from '@playwright/test'

export { CHROMIUM_ARGS } from '../../tests/e2e/harness/chromiumArgs'

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
