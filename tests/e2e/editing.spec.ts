import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from './fixtures'

const DATA = join(import.meta.dirname, 'data')

test.describe('editing like a copy editor', () => {
  test('find and replace across the article, keyboard only', async ({ app, library, editor }) => {
    const page = app.page
    await library.open('Rail union calls off strike')
    await editor.body.click()
    await page.keyboard.press('ControlOrMeta+H')
    await page.getByRole('textbox', { name: 'Find' }).fill('union')
    await expect(page.getByTestId('find-count')).toHaveText(/^\d+ of [1-9]\d*$/)
    const total = Number((await page.getByTestId('find-count').textContent())!.split(' of ')[1])
    await page.getByRole('textbox', { name: 'Replace with' }).fill('Union')
    await page.getByRole('button', { name: 'Replace all' }).click()
    // Case-insensitive, every "Union" still matches; matching case, no lower-case "union" is left.
    await expect(page.getByTestId('find-count')).toHaveText(new RegExp(` of ${total}$`))
    await page.getByRole('checkbox').check()
    await expect(page.getByTestId('find-count')).toHaveText('0 of 0')
    await page.keyboard.press('Escape')
    await expect(page.getByRole('search')).toHaveCount(0)
    await editor.expectSaved()
    const files = await readdir(join(app.workspaceDir, 'articles'))
    const texts = await Promise.all(files.map((f) => readFile(join(app.workspaceDir, 'articles', f), 'utf8')))
    const rail = texts.find((t) => t.includes('headline: Rail union calls off strike'))!
    expect(rail.split('---').slice(2).join('---')).not.toMatch(/\bunion\b/)
  })

  test('undo and redo follow word-processor keys', async ({ app, library, editor }) => {
    const page = app.page
    await library.open('Museum returns carved church doors')
    await editor.body.locator('p').first().click()
    await page.keyboard.press('End')
    await page.keyboard.type(' XYZZY')
    await expect(editor.body).toContainText('XYZZY')
    await page.keyboard.press('ControlOrMeta+Z')
    await expect(editor.body).not.toContainText('XYZZY')
    await page.keyboard.press('ControlOrMeta+Shift+Z')
    await expect(editor.body).toContainText('XYZZY')
  })

  test('offline spell checking underlines a misspelling and offers the fix', async ({ app, library, editor }) => {
    const page = app.page
    await library.open('Quota deal leaves small fishing ports uneasy')
    await editor.body.locator('p').first().click()
    await page.keyboard.press('End')
    await page.keyboard.type(' The goverment said nothing.')
    const wrong = editor.body.locator('.spelling-error', { hasText: 'goverment' })
    await expect(wrong).toBeVisible()
    await wrong.click({ button: 'right' })
    await page.getByRole('menuitem', { name: 'government' }).click()
    await expect(editor.body).toContainText('The government said nothing.')
    await expect(editor.body.locator('.spelling-error', { hasText: 'government' })).toHaveCount(0)
  })

  test('revisions: compare what the desk changed side by side, then restore', async ({ app, library, editor }) => {
    const page = app.page
    await editor.openFile(join(DATA, 'harbour-strike.txt'))
    await expect(editor.subhead('Review to start Monday')).toBeVisible()
    await editor.headline.fill('Crane collapse: port denies ignoring warnings')
    await editor.typeAtEndOf('According to the city council', ' Hearings are public.')
    await editor.expectSaved()

    await page.keyboard.press('ControlOrMeta+Alt+R')
    const dialog = page.getByRole('dialog', { name: 'Compare revisions' })
    await dialog.getByRole('button', { name: /Opened from file/ }).click()
    await expect(dialog.getByRole('region', { name: 'Current text' }).locator('ins')).toContainText(['Hearings are public.'])
    // The wire copy had no headline; the desk gave it one. Nothing else was removed.
    await expect(dialog.getByRole('region', { name: 'Selected revision' }).locator('del')).toHaveText(['(no headline)'])
    await page.screenshot({ path: 'test-results/revisions.png' })
    await dialog.getByRole('button', { name: 'Restore this revision' }).click()

    await expect(editor.body).not.toContainText('Hearings are public.')
    await expect(editor.headline).toHaveValue('')
    await editor.expectSaved()
    const file = await readFile(join(app.workspaceDir, 'articles', 'harbour-strike.md'), 'utf8')
    expect(file).not.toContain('Hearings are public.')
    // The replaced text is itself kept: restoring can be undone.
    await page.keyboard.press('ControlOrMeta+Alt+R')
    await expect(dialog.getByRole('button', { name: /Restore/ }).first()).toBeVisible()
    await library.expectListed(/No headline · harbour-strike/)
  })

  test('a hostile HTML press release dropped on the window opens as clean text', async ({ app, editor }) => {
    const page = app.page
    const html = await readFile(join(DATA, 'press-release.html'), 'utf8')
    await page.evaluate(async (text) => {
      const transfer = new DataTransfer()
      transfer.items.add(new File([text], 'press-release.html', { type: 'text/html' }))
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }))
    }, html)
    await expect(editor.headline).toHaveValue('Ferry line adds winter crossings')
    await expect(editor.body).toContainText('four extra crossings')
    await expect(editor.body.locator('strong', { hasText: 'four' })).toBeVisible()
    await expect(editor.body).toContainText('Tickets go on sale')
    const hrefs = await editor.body.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))
    expect(hrefs).toEqual(['https://example.org/timetable'])
    await expect(editor.body.locator('img, iframe, script')).toHaveCount(0)
    expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined()
    await expect(page).toHaveTitle('Copydesk')
  })

  test('a file that cannot be read is refused with a clear message, and nothing else changes', async ({ app, library }) => {
    const page = app.page
    await expect(library.rows.first()).toBeVisible()
    const before = await library.rows.count()
    await page.evaluate(() => {
      const transfer = new DataTransfer()
      transfer.items.add(new File([new Uint8Array([0, 1, 2, 0, 255, 0, 7])], 'photo.txt'))
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }))
    })
    await expect(page.getByRole('alert')).toContainText('photo.txt')
    await expect(library.rows).toHaveCount(before)
  })
})
