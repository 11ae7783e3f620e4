import AxeBuilder from '@axe-core/playwright'
import { cp } from 'node:fs/promises'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { expect, test as base } from './fixtures'

/**
 * A workspace of three tagged articles (a Kremlin story modelled on the seed sample, a Qatar
 * mediation story and a harbour strike), put in place as the default workspace before the app
 * first starts, so the store and then the search index are built from it.
 */
const test = base.extend({
  profile: async ({ profile }, use) => {
    await cp(join(import.meta.dirname, 'data', 'search-workspace'), join(profile.documentsDir, 'Copydesk'), { recursive: true })
    await use(profile)
  }
})

const searchBox = (page: Page): Locator => page.getByRole('combobox', { name: 'Search articles' })

test('type a query: results mark the matches, the opened article highlights them, Esc goes back to it', async ({ app, library, editor }) => {
  const page = app.page
  await library.expectListed(/Kremlin says Russia/)
  await searchBox(page).click()
  // As you type: a prefix of "supported", matched by stem in headlines and quotes.
  await page.keyboard.type('suppor')
  await expect(library.rows).toHaveCount(2)
  const kremlin = library.row(/Kremlin says Russia/)
  await expect(kremlin.locator('.row-title mark')).toHaveText(['supported'])
  await expect(library.row(/Qatar offers/).getByTestId('search-snippet').locator('mark')).toHaveText(['supported'])

  // Another form of the word finds the same; a phrase narrows to where it is said word for word.
  await searchBox(page).fill('supports ')
  await expect(library.rows).toHaveCount(2)
  await searchBox(page).fill('"has really supported"')
  await expect(library.rows).toHaveCount(1)
  await expect(kremlin.getByTestId('search-snippet').locator('mark')).toHaveText(['has really supported'])
  await expect(page.getByTestId('search-count')).toHaveText('1 result')
  await page.screenshot({ path: 'test-results/search.png' })

  // Keyboard: down opens the result, Enter goes to the editor at the match.
  await page.keyboard.press('ArrowDown')
  await expect(editor.headline).toHaveValue('Kremlin says Russia clearly supported Iran')
  await expect(editor.body.locator('.search-match')).toHaveText(['has really supported'])
  await page.keyboard.press('Enter')
  await expect(editor.body).toBeFocused()
  // The caret stands at the start of the match.
  const caretOffMatch = (): Promise<number> =>
    page.evaluate(() => {
      const caret = window.getSelection()!.getRangeAt(0).getBoundingClientRect()
      const match = document.querySelector('.search-match')!.getBoundingClientRect()
      return Math.abs(caret.left - match.left) + Math.abs(caret.top - match.top)
    })
  await expect.poll(caretOffMatch).toBeLessThan(4)
  await page.screenshot({ path: 'test-results/search-opened.png' })

  // Back to the search box with Ctrl+Shift+F; Esc returns to the editor.
  await page.keyboard.press('ControlOrMeta+Shift+F')
  await expect(searchBox(page)).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(editor.body).toBeFocused()

  // Credits and captions are searched too.
  await searchBox(page).fill('shutterstock')
  await expect(library.rows).toHaveCount(1)
  await expect(kremlin.getByTestId('search-snippet')).toContainText('Credit')
  await searchBox(page).fill('')
  await expect(library.rows).toHaveCount(3)
  await expect(editor.body.locator('.search-match')).toHaveCount(0)
})

test('filter by speaker, from the filter row or typed', async ({ app, library }) => {
  const page = app.page
  await library.expectListed(/Kremlin says Russia/)
  await page.getByRole('button', { name: 'Search filters' }).click()
  const filters = page.getByRole('group', { name: 'Search filters' })
  await filters.getByRole('combobox', { name: 'Speaker' }).selectOption({ label: 'Majed al-Ansari' })
  await expect(searchBox(page)).toHaveValue('speaker:majed-al-ansari ')
  await expect(library.rows).toHaveCount(1)
  await expect(library.row(/Qatar offers/)).toHaveCount(1)

  await filters.getByRole('combobox', { name: 'Speaker' }).selectOption({ label: 'Dmitry Peskov' })
  await expect(searchBox(page)).toHaveValue('speaker:dmitry-peskov ')
  await expect(library.rows).toHaveCount(1)
  await expect(library.row(/Kremlin says Russia/)).toHaveCount(1)
  await filters.getByRole('combobox', { name: 'Status' }).selectOption('draft')
  await expect(library.rows).toHaveCount(0)
  await expect(library.pane.getByText('No article matches.')).toBeVisible()
  await page.screenshot({ path: 'test-results/search-filters.png' })

  // The same typed: a surname is enough, and words combine with it.
  await searchBox(page).fill('speaker:peskov iran')
  await expect(library.rows).toHaveCount(1)
  await expect(library.row(/Kremlin says Russia/)).toHaveCount(1)
  await searchBox(page).fill('speaker:aalders iran')
  await expect(library.rows).toHaveCount(0)
  await searchBox(page).fill('has:errors')
  await expect(library.rows).toHaveCount(1)
  await expect(library.row(/Kremlin says Russia/)).toHaveCount(1)
  await searchBox(page).fill('status:urgent ')
  await expect(page.getByRole('note')).toContainText('status:urgent')
})

test('open an entity page from a tag: its articles, quotes and co-mentioned entities', async ({ app, library, editor }) => {
  const page = app.page
  await library.open(/Qatar offers/)
  await expect(editor.body.locator('[data-entity="iran"]')).toHaveText('Iran')
  await editor.body.locator('[data-entity="iran"]').click({ modifiers: ['ControlOrMeta'] })
  const dialog = page.getByRole('dialog', { name: 'Entities' })
  const entityPage = dialog.getByTestId('entity-page')
  await expect(entityPage.getByRole('heading', { name: 'Iran', exact: true })).toBeVisible()
  await expect(entityPage.getByRole('list', { name: 'Articles mentioning this entity' }).getByRole('button')).toHaveCount(2)
  const coMentioned = entityPage.getByRole('group', { name: 'Co-mentioned entities' })
  await expect(coMentioned.getByRole('button')).toHaveCount(3)
  await page.screenshot({ path: 'test-results/search-entity-page.png' })

  // A quote's speaker opens the same way.
  await coMentioned.getByRole('button', { name: /Dmitry Peskov/ }).click()
  await expect(entityPage.getByRole('heading', { name: 'Dmitry Peskov', exact: true })).toBeVisible()
  await expect(entityPage.getByTestId('bank-quote')).toContainText('Russia has really supported Iran')
  await page.keyboard.press('Escape')
  await editor.body.locator('[data-speaker="majed-al-ansari"]').click({ modifiers: ['ControlOrMeta'] })
  await expect(entityPage.getByRole('heading', { name: 'Majed al-Ansari', exact: true })).toBeVisible()
  await page.keyboard.press('Escape')

  // The quote bank narrows by date as well as by speaker (the stories are from spring 2026).
  await page.keyboard.press('ControlOrMeta+Alt+B')
  const bank = page.getByRole('dialog', { name: 'Quote bank' })
  await expect(bank.getByTestId('bank-quote')).toHaveCount(3)
  await bank.getByRole('combobox', { name: 'When' }).selectOption({ label: 'Past week' })
  await expect(bank.getByTestId('bank-quote')).toHaveCount(0)
  await bank.getByRole('combobox', { name: 'When' }).selectOption({ label: 'Any time' })
  await bank.getByRole('combobox', { name: 'Speaker' }).selectOption({ label: 'Dmitry Peskov' })
  await expect(bank.getByTestId('bank-quote')).toHaveCount(1)
})

test('the index follows an edit within a moment and survives a restart', async ({ app, library, editor }) => {
  const page = app.page
  await library.open(/Dock workers walk out/)
  await editor.typeAtEndOf('Dock workers in Tindal', ' Harbour pilots joined them.')
  await editor.expectSaved()
  await searchBox(page).fill('pilots')
  await expect(library.rows).toHaveCount(1)
  await expect(library.row(/Dock workers walk out/).getByTestId('search-snippet').locator('mark')).toHaveText(['pilots'])

  await app.restart()
  await searchBox(app.page).fill('pilot harbour')
  await expect(library.rows).toHaveCount(1)
  await expect(library.row(/Dock workers walk out/)).toHaveCount(1)
})

test('the command palette runs commands and finds articles', async ({ app, editor }) => {
  const page = app.page
  await page.keyboard.press('ControlOrMeta+Shift+P')
  const palette = page.getByRole('dialog', { name: 'Command palette' })
  await page.keyboard.type('warned march')
  await expect(palette.getByTestId('palette-article')).toHaveText([/Dock workers walk out/])
  await page.screenshot({ path: 'test-results/search-palette.png' })
  await page.keyboard.press('Enter')
  await expect(palette).toHaveCount(0)
  await expect(editor.headline).toHaveValue('Dock workers walk out in Tindal')
  await expect(editor.body.locator('.search-match')).toHaveText(['warned', 'March'])
  await expect(editor.body).toBeFocused()
})

for (const theme of ['light', 'dark'] as const) {
  test.describe(`search look (${theme})`, () => {
    test.use({ theme })
    test(`results, filters and highlights have no serious accessibility violations (${theme})`, async ({ app, library, editor }) => {
      const page = app.page
      await library.expectListed(/Kremlin says Russia/)
      await page.getByRole('button', { name: 'Search filters' }).click()
      await searchBox(page).fill('iran supported')
      await expect(library.rows).toHaveCount(2)
      await page.keyboard.press('ArrowDown')
      await expect(editor.body.locator('.search-match').first()).toBeVisible()
      await expect(library.rows.first().getByTestId('search-snippet').locator('mark').first()).toBeVisible()
      await page.screenshot({ path: `test-results/search-look-${theme}.png` })
      const results = await new AxeBuilder({ page }).include('.library-pane').include('.editor-pane').analyze()
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
    })
  })
}
