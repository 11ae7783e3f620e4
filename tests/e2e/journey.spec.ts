import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { expect, test } from './fixtures'

/** The acceptance sample, read from ../shared at run time (never copied into the project). */
const SEED = resolve(import.meta.dirname, '../../../shared/samples/seed-article.txt')

test('story 1 on the seed article: wire copy in, people and places accepted, the misspelling fixed, a quote tagged', async ({
  app,
  editor,
  inspector
}) => {
  test.skip(!existsSync(SEED), `the acceptance sample is not at ${SEED}`)
  const page = app.page
  await editor.openFile(SEED)
  await expect(editor.subhead('Kremlin welcomes truce')).toBeVisible()
  await expect(editor.subhead('Kremlin: “Russia has clearly supported Iran”')).toBeVisible()
  const photos = await inspector.tab('Photos')
  await expect(photos.getByRole('textbox', { name: 'Credit line' })).toHaveValue('SalamPix-Abaca / Shutterstock Editorial')

  // Suggestions underline the people and places; accept them with the keyboard.
  await expect(editor.body.locator('.suggestion.tag-person', { hasText: 'Dmitry Peskov' })).toBeVisible()
  await editor.body.click()
  await page.keyboard.press('ControlOrMeta+Alt+Shift+P')
  await expect(editor.body.locator('[data-entity="dmitry-peskov"]').first()).toHaveText('Dmitry Peskov')
  // "Putin" and "Peskov" alone are the people named in full earlier, not new entities.
  await expect(editor.body.locator('[data-entity="vladimir-putin"]')).toHaveText(['Vladimir Putin', 'Putin', 'Putin', 'Putin'])
  await expect(editor.body.locator('[data-entity="dmitry-peskov"]').nth(1)).toHaveText('Peskov')
  await page.keyboard.press('ControlOrMeta+Alt+Shift+L')
  await expect(editor.body.locator('[data-entity="iran"][data-entity-type="place"]').first()).toBeVisible()

  // Araqchi / Arakchi: one click to the first spelling.
  const checks = await inspector.tab('Checks')
  const variant = checks.getByTestId('spelling-variant').filter({ hasText: 'Arakchi' })
  await expect(variant).toContainText('“Araqchi”')
  await variant.getByRole('button', { name: /Use “Araqchi” everywhere/ }).click()
  await expect(editor.body).not.toContainText('Arakchi')

  // Tag Peskov's quote; the speaker picker guesses him.
  await editor.selectText('“Russia has really supported Iran with its clear political position.”')
  await page.keyboard.press('ControlOrMeta+Alt+Q')
  await expect(page.getByRole('combobox', { name: 'Speaker' })).toHaveValue('Dmitry Peskov')
  await page.keyboard.press('Enter')
  await expect(editor.body.locator('[data-quote][data-speaker="dmitry-peskov"]')).toBeVisible()

  await editor.expectSaved()
  const slug = (await page.getByRole('tab', { name: 'Metadata' }).click(), await inspector.pane.getByText(/^articles\/.+\.md$/).textContent())!
  const file = await readFile(join(app.workspaceDir, slug), 'utf8')
  expect(file).toContain('creditLine: SalamPix-Abaca / Shutterstock Editorial')
  expect(file).toContain('## Kremlin welcomes truce')
  expect(file).toMatch(/\[Dmitry Peskov\]\{\.person entity="dmitry-peskov"\}/)
  expect(file).toMatch(/\{\.quote quote="[0-9A-Z]+" speaker="dmitry-peskov" kind="direct" verified="false"\}/)
  expect(file).not.toContain('Arakchi')
  expect(file).not.toContain('Photo::')
  await page.screenshot({ path: 'test-results/journey-seed.png' })
})
