import AxeBuilder from '@axe-core/playwright'
import { join } from 'node:path'
import { expect, test } from './fixtures'

const DATA = join(import.meta.dirname, 'data')
const SHOTS = join(import.meta.dirname, '../../docs/screenshots')

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ theme })

    test(`an open wire story has no serious accessibility violations, and the README screenshot (${theme})`, async ({
      app,
      editor,
      inspector
    }) => {
      const page = app.page
      await editor.openFile(join(DATA, 'harbour-strike.txt'))
      await expect(editor.subhead('Review to start Monday')).toBeVisible()
      await editor.headline.fill('Port authority rejects claim it ignored crane warnings')
      await editor.typeAtEndOf('According to the city council', ' The goverment has not commented.')
      await expect(editor.body.locator('.spelling-error')).toHaveCount(1)
      await editor.expectSaved()
      await inspector.tab('Photos')
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
      expect(background === 'rgb(243, 243, 241)').toBe(theme === 'light')

      const results = await new AxeBuilder({ page }).analyze()
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])

      await page.screenshot({ path: join(SHOTS, `copydesk-${theme}.png`) })
    })
  })
}
