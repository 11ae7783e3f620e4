import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from './fixtures'

const DATA = join(import.meta.dirname, 'data')

test('export a tagged article as NITF and Markdown: errors block until a reason is given, files are never replaced unasked', async ({ app, editor }) => {
  const page = app.page
  const out = await mkdtemp(join(tmpdir(), 'copydesk-export-out-'))
  try {
    await editor.openFile(join(DATA, 'harbour-strike.txt'))
    await expect(editor.subhead('Review to start Monday')).toBeVisible()

    // A person, a quote with its speaker, and a quote left without one (an error that blocks export).
    await editor.selectText('Piet Aalders')
    await page.keyboard.press('ControlOrMeta+Alt+P')
    await page.keyboard.press('ControlOrMeta+Enter')
    await expect(editor.body.locator('[data-entity="piet-aalders"]')).toHaveText('Piet Aalders')
    await editor.selectText('“We warned them in March and again in May.”')
    await page.keyboard.press('ControlOrMeta+Alt+Q')
    await expect(page.getByRole('combobox', { name: 'Speaker' })).toHaveValue('Piet Aalders')
    await page.keyboard.press('Enter')
    await expect(editor.body.locator('[data-quote][data-speaker="piet-aalders"]')).toHaveCount(1)
    await editor.selectText('“acted on every report it received”')
    await page.keyboard.press('ControlOrMeta+Alt+Q')
    await page.getByRole('combobox', { name: 'Speaker' }).fill('')
    await page.keyboard.press('ControlOrMeta+Enter')
    await expect(editor.body.locator('[data-quote]:not([data-speaker])')).toHaveText('“acted on every report it received”')
    await editor.expectSaved()

    // File > Export… (Ctrl+E): formats, this article, a folder from the native dialog.
    await page.keyboard.press('ControlOrMeta+E')
    const dialog = page.getByRole('dialog', { name: 'Export' })
    await expect(dialog.getByRole('radio', { name: /This article/ })).toBeChecked()
    await dialog.getByRole('checkbox', { name: /NITF 3\.6/ }).check()
    await dialog.getByRole('checkbox', { name: /Markdown/ }).check()
    await app.answerChooseFolder(out)
    await dialog.getByRole('button', { name: 'Choose folder…' }).click()
    await expect(dialog.getByTestId('export-folder')).toHaveText(out)

    // The preflight comes first: the speakerless quote blocks the export.
    const preflight = dialog.getByTestId('export-preflight')
    await expect(preflight).toContainText('1 article has errors that block export:')
    await expect(preflight).toContainText('The quote “acted on every report it received” has no speaker')
    const exportButton = dialog.getByRole('button', { name: /^Export/ })
    await expect(exportButton).toBeDisabled()
    await dialog.getByRole('textbox', { name: /Reason to export anyway/ }).fill('Harbour master quoted from the press release')
    await expect(exportButton).toBeEnabled()
    await page.screenshot({ path: 'test-results/export-dialog.png' })

    await exportButton.click()
    const result = dialog.getByTestId('export-result')
    await expect(result).toContainText('Wrote 2 files to')
    await expect(result).toContainText('harbour-strike.nitf.xml')
    expect((await readdir(out)).sort()).toEqual(['harbour-strike.md', 'harbour-strike.nitf.xml'])

    const nitf = await readFile(join(out, 'harbour-strike.nitf.xml'), 'utf8')
    expect(nitf).toContain('<person idsrc="urn:x-copydesk:entity" value="piet-aalders" cd:entity="piet-aalders">Piet Aalders</person>')
    expect(nitf).toMatch(/<q class="direct" quote-source="Piet Aalders"[^>]*>“We warned them in March and again in May\.”<\/q>/)
    expect(nitf).toMatch(/<q class="direct"[^>]*>“acted on every report it received”<\/q>/)
    expect(nitf).toContain('<media-producer>Marta Lind-Baltic Wire / Nordic Pictures Editorial</media-producer>')
    const markdown = await readFile(join(out, 'harbour-strike.md'), 'utf8')
    expect(markdown).toContain('[Piet Aalders]{.person entity="piet-aalders"}')
    expect(markdown).toMatch(/\[“We warned them in March and again in May\.”\]\{\.quote quote="[0-9A-Z]+" speaker="piet-aalders" kind="direct" verified="false"\}/)
    // The desk's reason stays with the article, not in the export.
    expect(markdown).not.toContain('checkOverrides')
    await editor.expectSaved()
    const stored = await readFile(join(app.workspaceDir, 'articles', 'harbour-strike.md'), 'utf8')
    expect(stored).toContain('reason: Harbour master quoted from the press release')

    // Again: the files are there, so the dialog asks before replacing them.
    await dialog.getByRole('button', { name: 'Close' }).click()
    await expect(dialog).toHaveCount(0)
    await page.keyboard.press('ControlOrMeta+E')
    await expect(dialog.getByTestId('export-folder')).toHaveText(out)
    await expect(dialog.getByRole('checkbox', { name: /Markdown/ })).toBeChecked()
    // The override now clears the error.
    await expect(preflight).toContainText('Nothing blocks export.')
    await dialog.getByRole('button', { name: /^Export/ }).click()
    await expect(dialog.getByText('Replace 2 files?')).toBeVisible()
    await dialog.getByRole('button', { name: 'Replace' }).click()
    await expect(result).toContainText('Wrote 2 files to')
    expect((await readdir(out)).sort()).toEqual(['harbour-strike.md', 'harbour-strike.nitf.xml'])
  } finally {
    await rm(out, { recursive: true, force: true })
  }
})

test('export in every format, then open the NITF again: the same tags come back', async ({ app, editor }) => {
  const page = app.page
  const out = await mkdtemp(join(tmpdir(), 'copydesk-export-all-'))
  try {
    await editor.openFile(join(DATA, 'harbour-strike.txt'))
    await expect(editor.subhead('Review to start Monday')).toBeVisible()
    await editor.selectText('Piet Aalders')
    await page.keyboard.press('ControlOrMeta+Alt+P')
    await page.keyboard.press('ControlOrMeta+Enter')
    await expect(editor.body.locator('[data-entity="piet-aalders"]')).toHaveText('Piet Aalders')
    await editor.selectText('city council')
    await page.keyboard.press('ControlOrMeta+Alt+O')
    await page.keyboard.press('ControlOrMeta+Enter')
    await expect(editor.body.locator('[data-entity="city-council"]')).toHaveText('city council')
    await editor.selectText('“We warned them in March and again in May.”')
    await page.keyboard.press('ControlOrMeta+Alt+Q')
    await page.getByRole('combobox', { name: 'Speaker' }).fill('Piet Aalders')
    await expect(page.getByRole('option', { name: /Piet Aalders/ })).toHaveAttribute('aria-selected', 'true')
    await page.keyboard.press('Enter')
    await expect(editor.body.locator('[data-quote][data-speaker="piet-aalders"]')).toHaveCount(1)
    await editor.expectSaved()

    await page.keyboard.press('ControlOrMeta+E')
    const dialog = page.getByRole('dialog', { name: 'Export' })
    for (const label of ['NITF 3.6', 'ninjs 3.1', 'ninjs 2.1', 'Markdown', 'HTML', 'Plain text', 'Quote sheet', 'Entity index']) {
      await dialog.getByRole('checkbox', { name: new RegExp(label) }).check()
    }
    await app.answerChooseFolder(out)
    await dialog.getByRole('button', { name: 'Choose folder…' }).click()
    await expect(dialog.getByTestId('export-folder')).toHaveText(out)
    await dialog.getByRole('button', { name: /^Export/ }).click()
    await expect(dialog.getByTestId('export-result')).toContainText('Wrote 8 files to')
    expect((await readdir(out)).sort()).toEqual([
      'harbour-strike.entities.csv',
      'harbour-strike.html',
      'harbour-strike.md',
      'harbour-strike.ninjs.json',
      'harbour-strike.ninjs3.json',
      'harbour-strike.nitf.xml',
      'harbour-strike.quotes.csv',
      'harbour-strike.txt'
    ])
    expect(await readFile(join(out, 'harbour-strike.quotes.csv'), 'utf8')).toContain('Piet Aalders')
    expect(JSON.parse(await readFile(join(out, 'harbour-strike.ninjs3.json'), 'utf8')).people?.[0]?.name).toBe('Piet Aalders')
    await dialog.getByRole('button', { name: 'Close' }).click()

    // Wire copy coming back: the NITF opens as an article with the same tags.
    await editor.openFile(join(out, 'harbour-strike.nitf.xml'))
    await expect(editor.body.locator('[data-entity="piet-aalders"]')).toHaveText('Piet Aalders')
    await expect(editor.body.locator('[data-entity="city-council"][data-entity-type="organization"]')).toHaveText('city council')
    await expect(editor.body.locator('[data-quote][data-speaker="piet-aalders"]')).toHaveText('“We warned them in March and again in May.”')
    await expect(editor.subhead('Review to start Monday')).toBeVisible()
  } finally {
    await rm(out, { recursive: true, force: true })
  }
})
