import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from './fixtures'

const DATA = join(import.meta.dirname, 'data')

test('merge two entities: tags follow in the files, the entity page lists every article', async ({ app, editor }) => {
  const page = app.page
  // Article one tags the union leader by his full name.
  await editor.openFile(join(DATA, 'harbour-strike.txt'))
  await expect(editor.subhead('Review to start Monday')).toBeVisible()
  await editor.selectText('Piet Aalders')
  await page.keyboard.press('ControlOrMeta+Alt+P')
  await page.keyboard.press('ControlOrMeta+Enter')
  await expect(editor.body.locator('[data-entity="piet-aalders"]')).toHaveText('Piet Aalders')

  // Article two: someone made a second entity for the surname.
  await editor.openFile(join(DATA, 'ferry-walkout.txt'))
  await expect(editor.subhead('Operator says crossings will resume')).toBeVisible()
  // The second "Aalders" (the first is in "Piet Aalders"): Enter steps to the next match.
  await page.keyboard.press('ControlOrMeta+F')
  await page.getByRole('textbox', { name: 'Find' }).fill('Aalders')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('find-count')).toHaveText('1 of 2')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('find-count')).toHaveText('2 of 2')
  await page.keyboard.press('Escape')
  await expect(editor.body).toBeFocused()
  await page.keyboard.press('ControlOrMeta+Alt+P')
  await page.getByRole('combobox', { name: 'Entity', exact: true }).fill('Aalders')
  await page.keyboard.press('ControlOrMeta+Enter')
  await expect(editor.body.locator('[data-entity="aalders"]')).toHaveText('Aalders')
  await editor.expectSaved()

  // Open its page from the tag under the cursor, and merge it into Piet Aalders.
  await editor.body.locator('[data-entity="aalders"]').click()
  await page.keyboard.press('ControlOrMeta+Alt+I')
  const dialog = page.getByRole('dialog', { name: 'Entities' })
  const entityPage = dialog.getByTestId('entity-page')
  await expect(entityPage.getByRole('heading', { name: 'Aalders', exact: true })).toBeVisible()
  await entityPage.getByRole('button', { name: 'Merge into…' }).click()
  await entityPage.getByRole('textbox', { name: /Merge Aalders into/ }).fill('piet')
  await entityPage.getByRole('list', { name: 'Merge candidates' }).getByRole('button', { name: /Piet Aalders/ }).click()
  await entityPage.getByRole('button', { name: 'Merge', exact: true }).click()

  // The page now shows the keeper: both articles, the surname as an alias.
  await expect(entityPage.getByRole('heading', { name: 'Piet Aalders', exact: true })).toBeVisible()
  const articles = entityPage.getByRole('list', { name: 'Articles mentioning this entity' })
  await expect(articles.getByRole('button')).toHaveCount(2)
  await expect(entityPage.getByRole('textbox', { name: /Aliases/ })).toHaveValue('Aalders')
  await page.screenshot({ path: 'test-results/entity-page.png' })
  await page.keyboard.press('Escape')

  // The open article changed through its editor and was saved like any edit.
  await expect(editor.body.locator('[data-entity="aalders"]')).toHaveCount(0)
  await expect(editor.body.locator('[data-entity="piet-aalders"]')).toHaveText('Aalders')
  await editor.expectSaved()
  const ferry = await readFile(join(app.workspaceDir, 'articles', 'ferry-walkout.md'), 'utf8')
  expect(ferry).toContain('[Aalders]{.person entity="piet-aalders"} told reporters')
  expect(await readFile(join(app.workspaceDir, 'entities', 'aalders.yaml'), 'utf8')).toContain('mergedInto: piet-aalders')
  expect(await readFile(join(app.workspaceDir, 'entities', 'piet-aalders.yaml'), 'utf8')).toContain('- Aalders')

  // The other article is one click away from the entity page.
  await page.keyboard.press('ControlOrMeta+Alt+N')
  await dialog.getByRole('textbox', { name: 'Find an entity' }).fill('piet')
  await dialog.getByRole('list', { name: 'Entities' }).getByRole('button', { name: 'Piet Aalders' }).click()
  await articles.getByRole('button', { name: /harbour-strike/ }).click()
  await expect(dialog).toHaveCount(0)
  await expect(editor.body).toContainText('We warned them in March')
})

test('quote suggestions: accept one with its speaker, reject another for good; the quote bank finds it and copies it', async ({
  app,
  editor,
  library
}) => {
  const page = app.page
  await editor.openFile(join(DATA, 'harbour-strike.txt'))
  await expect(editor.subhead('Review to start Monday')).toBeVisible()
  const suggested = editor.body.locator('.suggestion-quote')
  await expect(suggested.filter({ hasText: 'We warned them' })).toHaveCount(1)

  await suggested.filter({ hasText: 'We warned them' }).click({ button: 'right' })
  await page.getByRole('menuitem', { name: 'Tag quote by Piet Aalders' }).click()
  const tagged = editor.body.locator('[data-quote][data-speaker="piet-aalders"]')
  await expect(tagged).toContainText('We warned them in March and again in May.')
  await expect(suggested.filter({ hasText: 'We warned them' })).toHaveCount(0)

  // Reject the reported-speech suggestion about the workers; it stays rejected after reopening.
  const workers = suggested.filter({ hasText: 'would not return' })
  await expect(workers).toHaveCount(1)
  await workers.click({ button: 'right' })
  await page.getByRole('menuitem', { name: 'Not a quote — reject' }).click()
  await expect(workers).toHaveCount(0)
  await editor.expectSaved()
  await expect
    .poll(async () => readFile(join(app.workspaceDir, 'articles', 'harbour-strike.md'), 'utf8'))
    .toMatch(/rejected:\n {2}- quote:the workers would not return until/)

  await editor.openFile(join(DATA, 'ferry-walkout.txt'))
  await library.open(/harbour-strike/)
  await expect(editor.body.locator('.suggestion-quote').first()).toBeVisible()
  await expect(editor.body.locator('.suggestion-quote', { hasText: 'would not return' })).toHaveCount(0)

  // The quote bank: filter by speaker, copy with attribution.
  await page.keyboard.press('ControlOrMeta+Alt+B')
  const bank = page.getByRole('dialog', { name: 'Quote bank' })
  await bank.getByRole('combobox', { name: 'Speaker' }).selectOption({ label: 'Piet Aalders' })
  const card = bank.getByTestId('bank-quote')
  await expect(card).toHaveCount(1)
  await expect(card).toContainText('We warned them in March and again in May.')
  // Reading the clipboard back needs permission (Electron has it; the browser backend asks).
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']).catch(() => {})
  await card.getByRole('button', { name: 'Copy with attribution' }).click()
  await expect(page.getByText('Quote copied with its attribution.')).toBeVisible()
  const copied = await page.evaluate(() => navigator.clipboard.readText().catch((e: unknown) => String(e)))
  expect(copied).toMatch(/^“We warned them in March and again in May\.” — Piet Aalders \(\d{1,2} [A-Z][a-z]{2} \d{4}\)$/)
  await page.screenshot({ path: 'test-results/quote-bank.png' })
})
