import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from './fixtures'

const DATA = join(import.meta.dirname, 'data')

test('select several articles in the library and export exactly those', async ({ app, editor, library }) => {
  const page = app.page
  const out = await mkdtemp(join(tmpdir(), 'copydesk-export-selection-'))
  try {
    // Three sample articles, and three more opened: six rows.
    for (const file of ['port-inquiry.txt', 'harbour-strike.txt', 'ferry-walkout.txt']) await editor.openFile(join(DATA, file))
    await expect(library.rows).toHaveCount(6)
    const rows = library.rows
    const title = async (i: number): Promise<string> => (await rows.nth(i).locator('.row-title').textContent())!.trim()
    /** What the headline field shows for a row: its title, or nothing for "No headline · <slug>". */
    const headline = async (i: number): Promise<string> => ((await title(i)).startsWith('No headline · ') ? '' : title(i))
    const selectedRows = async (): Promise<number[]> => {
      const flags = await rows.evaluateAll((els) => els.map((el) => el.getAttribute('aria-selected') === 'true'))
      return flags.flatMap((on, i) => (on ? [i] : []))
    }
    await expect(library.pane.getByRole('listbox', { name: 'Articles' })).toHaveAttribute('aria-multiselectable', 'true')

    // A plain click opens one article and selects it alone.
    await rows.nth(1).click()
    await expect(editor.headline).toHaveValue(await headline(1))
    expect(await selectedRows()).toEqual([1])
    // Ctrl/Cmd+click adds a row without opening it; Shift+click selects the range from it.
    await rows.nth(4).click({ modifiers: ['ControlOrMeta'] })
    expect(await selectedRows()).toEqual([1, 4])
    await expect(library.pane.getByTestId('selection-bar')).toContainText('2 articles selected')
    await expect(editor.headline).toHaveValue(await headline(1))
    await rows.nth(2).click({ modifiers: ['Shift'] })
    expect(await selectedRows()).toEqual([2, 3, 4])
    // Ctrl/Cmd+click takes one out again.
    await rows.nth(3).click({ modifiers: ['ControlOrMeta'] })
    expect(await selectedRows()).toEqual([2, 4])

    // The keyboard: an arrow opens the next article alone, Shift+arrows extend the selection.
    const list = library.pane.getByRole('listbox', { name: 'Articles' })
    await rows.nth(0).click()
    await expect(list).toBeFocused()
    await page.keyboard.press('ArrowDown')
    expect(await selectedRows()).toEqual([1])
    await page.keyboard.press('Shift+ArrowDown')
    await page.keyboard.press('Shift+ArrowDown')
    expect(await selectedRows()).toEqual([1, 2, 3])
    await expect(editor.headline).toHaveValue(await headline(3))
    await expect(rows.nth(2)).toHaveClass(/selected/)
    await rows.nth(5).click({ modifiers: ['ControlOrMeta'] })
    expect(await selectedRows()).toEqual([1, 2, 3, 5])
    await expect(library.pane.getByTestId('selection-bar')).toContainText('4 articles selected')
    await page.screenshot({ path: 'test-results/library-selection.png' })
    const chosen = await Promise.all([1, 2, 3, 5].map(title))

    // Export: the selection is the scope, and exactly those articles are written.
    await library.pane.getByTestId('selection-bar').getByRole('button', { name: 'Export…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Export' })
    await expect(dialog.getByRole('radio', { name: 'Selected articles (4)' })).toBeChecked()
    for (const format of await dialog.getByRole('checkbox').all()) await format.uncheck()
    await dialog.getByRole('checkbox', { name: /Markdown/ }).check()
    await app.answerChooseFolder(out)
    await dialog.getByRole('button', { name: 'Choose folder…' }).click()
    await expect(dialog.getByTestId('export-preflight')).not.toContainText('Checking')
    const reason = dialog.getByRole('textbox', { name: /Reason to export anyway/ })
    if (await reason.isVisible()) await reason.fill('Selection export test')
    await dialog.getByRole('button', { name: 'Export 4 articles' }).click()
    await expect(dialog.getByTestId('export-result')).toContainText('Wrote 4 files to')
    // Each file is named from its article's slug: the headline, or the slug a row without one shows.
    const written = (await readdir(out)).sort()
    const named = await Promise.all(
      written.map(async (f) => {
        const headline = /^headline: (.*)$/m.exec(await readFile(join(out, f), 'utf8'))?.[1]?.replace(/^['"]|['"]$/g, '')
        return headline || `No headline · ${f.replace(/\.md$/, '')}`
      })
    )
    expect(named.sort()).toEqual([...chosen].sort())

    // The whole workspace is still one click away, and "This article" is the open one.
    await dialog.getByRole('button', { name: 'Close' }).click()
    await page.keyboard.press('ControlOrMeta+E')
    await expect(dialog.getByRole('radio', { name: /The whole workspace — 6 articles/ })).toBeVisible()
    await dialog.getByRole('radio', { name: /This article/ }).check()
    await expect(dialog.getByRole('button', { name: /^Export/ })).toHaveText(/^Export\s*$/)
  } finally {
    await rm(out, { recursive: true, force: true })
  }
})
