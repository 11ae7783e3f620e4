import { readFile, readdir, rename } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from './fixtures'

const DATA = join(import.meta.dirname, 'data')

test.describe('the workstation, end to end', () => {
  test('first run opens the built-in sample workspace, in the app and on disk', async ({ app, library }) => {
    await expect(library.rows.first()).toBeVisible()
    const onDisk = (await readdir(join(app.workspaceDir, 'articles'))).filter((f) => f.endsWith('.md'))
    expect(onDisk.length).toBeGreaterThanOrEqual(3)
    await expect(library.rows).toHaveCount(onDisk.length)
    expect(JSON.parse(await readFile(join(app.workspaceDir, 'copydesk.json'), 'utf8'))).toMatchObject({ version: 1 })
  })

  test('open a wire story, edit it, and find the edit after a restart — in the app and in the file', async ({
    app,
    library,
    editor,
    inspector
  }) => {
    await expect(library.pane).toBeVisible()
    await editor.openFile(join(DATA, 'harbour-strike.txt'))

    // The reader understood the wire conventions: subheads, credit line, no metadata in the body.
    await expect(editor.subhead('Unions disputed that account')).toBeVisible()
    await expect(editor.subhead('Review to start Monday')).toBeVisible()
    await expect(editor.body).not.toContainText('Photo::')
    await expect(editor.headline).toHaveValue('')
    const photos = await inspector.tab('Photos')
    await expect(photos.getByRole('textbox', { name: 'Credit line' })).toHaveValue('Marta Lind-Baltic Wire / Nordic Pictures Editorial')
    const checks = await inspector.tab('Checks')
    await expect(checks).toContainText(/headline/i)

    await editor.headline.fill('Port authority rejects crane warnings claim')
    await editor.typeAtEndOf('According to the city council', ' The first hearing is open to the public.')
    await editor.expectSaved()
    await expect(checks).not.toContainText(/no headline/i)
    await expect(checks.getByTestId('checks-summary')).toContainText('Nothing blocks export')

    const file = join(app.workspaceDir, 'articles', 'harbour-strike.md')
    const saved = await readFile(file, 'utf8')
    expect(saved).toContain('headline: Port authority rejects crane warnings claim')
    expect(saved).toContain('The first hearing is open to the public.')
    expect(saved).toContain('## Unions disputed that account')
    expect(saved).toContain('creditLine: Marta Lind-Baltic Wire / Nordic Pictures Editorial')

    await app.restart()
    await library.open('Port authority rejects crane warnings claim')
    await expect(editor.paragraph('The first hearing is open to the public.')).toBeVisible()
    await app.page.screenshot({ path: 'test-results/opened.png' })
  })

  test('a new article, written from the keyboard, is named after its headline', async ({ app, library, editor }) => {
    const page = app.page
    await expect(library.rows.first()).toBeVisible()
    await page.keyboard.press('ControlOrMeta+N')
    await expect(editor.headline).toBeFocused()
    // A pause mid-headline lets autosave run: the file still gets the whole headline.
    await page.keyboard.type('Ferry crews vo')
    await expect(editor.saveState).toHaveText('Saved')
    await page.keyboard.type('te to end walkout')
    await page.keyboard.press('Enter')
    await page.keyboard.type('Ferry crews voted on Friday to end a three-day walkout.')
    // Enter moves to the body at once: nothing typed after it lands in the headline.
    await expect(editor.headline).toHaveValue('Ferry crews vote to end walkout')
    await expect(editor.paragraph('Ferry crews voted on Friday to end a three-day walkout.')).toBeVisible()
    await editor.expectSaved()
    await library.expectListed('Ferry crews vote to end walkout')
    const file = join(app.workspaceDir, 'articles', 'ferry-crews-vote-to-end-walkout.md')
    expect(await readFile(file, 'utf8')).toContain('Ferry crews voted on Friday to end a three-day walkout.')
    expect((await readdir(join(app.workspaceDir, 'articles'))).filter((f) => f.startsWith('untitled'))).toEqual([])

    // F2 renames: the headline changes, the file keeps its name (other tools may point at it).
    await page.keyboard.press('F2')
    await expect(editor.headline).toBeFocused()
    await page.keyboard.type('Ferry walkout ends after crews vote')
    await editor.expectSaved()
    await library.expectListed('Ferry walkout ends after crews vote')
    expect(await readFile(file, 'utf8')).toContain('headline: Ferry walkout ends after crews vote')
  })

  test('a wiped store is rebuilt from the workspace folder', async ({ app, library, editor }) => {
    await library.open(/./)
    await editor.headline.fill('Rebuilt from the folder')
    await editor.expectSaved()
    await app.page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const request = indexedDB.deleteDatabase('copydesk')
          request.onsuccess = request.onerror = request.onblocked = () => resolve()
        })
    )
    await app.page.reload()
    await library.expectListed('Rebuilt from the folder')
    const onDisk = (await readdir(join(app.workspaceDir, 'articles'))).filter((f) => f.endsWith('.md'))
    await expect(library.rows).toHaveCount(onDisk.length)
  })

  test('delete goes to the trash, which restores and empties', async ({ app, library, editor }) => {
    await library.open(/./)
    const headline = await editor.headline.inputValue()
    await editor.runCommand('Move Article to Trash')
    await expect(library.row(headline)).toHaveCount(0)
    const trashDir = join(app.workspaceDir, '.trash', 'articles')
    // The row leaves the library at once; the sync moves the file a moment later.
    const inTrash = (): Promise<string[]> => readdir(trashDir).catch(() => [])
    await expect.poll(async () => (await inTrash()).length).toBe(1)

    await library.showTrash()
    await library.restore(headline)
    await library.backToLibrary()
    await library.expectListed(headline)
    await expect.poll(inTrash).toEqual([])

    await library.open(headline)
    await editor.runCommand('Move Article to Trash')
    await library.showTrash()
    app.page.once('dialog', (d) => void d.accept())
    await library.pane.getByRole('button', { name: 'Empty trash' }).click()
    await expect(library.pane.getByText('The trash is empty.')).toBeVisible()
    expect(await readdir(trashDir)).toEqual([])
  })

  test('while the folder is unreachable the edit is kept and retried, then lands', async ({ app, library, editor }) => {
    await library.open('Quota deal leaves small fishing ports uneasy')
    const away = `${app.workspaceDir}-unplugged`
    await rename(app.workspaceDir, away)
    await editor.typeAtEndOf(/./, ' Written while the drive was away.')
    await expect(editor.saveState).toHaveText('Not saved to folder — retrying', { timeout: 10_000 })
    await expect(editor.body).toContainText('Written while the drive was away.')
    await rename(away, app.workspaceDir)
    await editor.expectSaved()
    const file = join(app.workspaceDir, 'articles', 'quota-deal-leaves-small-fishing-ports-uneasy.md')
    expect(await readFile(file, 'utf8')).toContain('Written while the drive was away.')
  })

  test('a malformed IPC call gets a clear error and changes nothing', async ({ app }) => {
    const errors = await app.page.evaluate(async () => {
      const api = window.copydesk as unknown as Record<string, Record<string, (a: unknown) => Promise<unknown>>>
      const attempts = [
        () => api.articles!.write!({ file: '../outside.md', content: 'x', baseHash: null }),
        () => api.articles!.write!({ file: 'articles/x.md', content: 42, baseHash: null }),
        () => api.files!.parse!({ name: 'a.txt', bytes: 'not bytes' }),
        () => api.workspace!.read!({ files: '/etc/passwd' })
      ]
      const out: string[] = []
      for (const attempt of attempts) {
        try {
          await attempt()
          out.push('accepted')
        } catch (error) {
          out.push(error instanceof Error ? error.message : String(error))
        }
      }
      return out
    })
    expect(errors[0]).toMatch(/Invalid arguments for article:write: file must be a relative path inside the workspace/)
    expect(errors[1]).toMatch(/Invalid arguments for article:write: content/)
    expect(errors[2]).toMatch(/Invalid arguments for files:parse: bytes/)
    expect(errors[3]).toMatch(/Invalid arguments for workspace:read: files/)
    await expect(app.page.getByRole('navigation', { name: 'Library' })).toBeVisible()
  })
})
