import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from './fixtures'

const DOORS = 'Museum returns carved church doors to island parish'
const DOORS_FILE = 'museum-returns-carved-church-doors-to-island-parish.md'
const FIRST = 'A pair of carved oak doors taken from the church on Storholm'

test.describe('two-way sync with the workspace folder', () => {
  test('an edit in the app reaches the file; an edit to the file reaches the open editor', async ({ app, library, editor }) => {
    const file = join(app.workspaceDir, 'articles', DOORS_FILE)
    await library.open(DOORS)
    await editor.typeAtEndOf(FIRST, ' The parish council will pay for the crossing.')
    await editor.expectSaved()
    await expect.poll(() => readFile(file, 'utf8')).toContain('The parish council will pay for the crossing.')

    // Someone else (a text editor, another device through Syncthing) changes another paragraph.
    const text = await readFile(file, 'utf8')
    await writeFile(file, text.replace('decorated with vines and two dragons', 'decorated with vines, ferns and two dragons'))
    await expect(editor.body).toContainText('decorated with vines, ferns and two dragons', { timeout: 15_000 })
    await expect(editor.body).toContainText('The parish council will pay for the crossing.')

    // And both edits are in the file, word for word, after the next save.
    await editor.typeAtEndOf(FIRST, ' Boats leave at dawn.')
    await editor.expectSaved()
    await expect.poll(() => readFile(file, 'utf8')).toContain('The parish council will pay for the crossing. Boats leave at dawn.')
    expect(await readFile(file, 'utf8')).toContain('decorated with vines, ferns and two dragons')
  })

  test('files added and deleted in the folder come and go in the library, deletions to the trash', async ({ app, library }) => {
    const articles = join(app.workspaceDir, 'articles')
    await expect(library.rows.first()).toBeVisible()
    await writeFile(join(articles, 'harbour-dredging.md'), '---\nheadline: Harbour dredging starts early\n---\nDredgers arrived in the harbour on Tuesday.\n')
    await library.expectListed('Harbour dredging starts early')
    // The new file was given an id in its front matter, so a rename elsewhere keeps its identity.
    await expect.poll(() => readFile(join(articles, 'harbour-dredging.md'), 'utf8')).toMatch(/^---\nid: \S+/)

    await rename(join(articles, 'harbour-dredging.md'), join(articles, 'dredging.md'))
    await rm(join(articles, 'harbour-dredging.md'), { force: true })
    await app.page.keyboard.press('ControlOrMeta+Shift+P')
    await app.page.getByRole('combobox', { name: 'Command' }).fill('Sync Now')
    await app.page.keyboard.press('Enter')
    await library.expectListed('Harbour dredging starts early')
    await expect(library.rows.filter({ hasText: 'Harbour dredging starts early' })).toHaveCount(1)

    await rm(join(articles, 'dredging.md'))
    await expect(library.rows.filter({ hasText: 'Harbour dredging starts early' })).toHaveCount(0, { timeout: 15_000 })
    await library.showTrash()
    await library.expectListed('Harbour dredging starts early')
  })

  test('the same paragraph changed on both sides: a conflict, compared side by side and resolved', async ({ app, library, editor }) => {
    const file = join(app.workspaceDir, 'articles', DOORS_FILE)
    await library.open(DOORS)
    await editor.expectSaved()

    // The folder goes away (a network drive drops); the app keeps editing meanwhile.
    const away = `${app.workspaceDir}-away`
    await rename(app.workspaceDir, away)
    await editor.typeAtEndOf(FIRST, ' Mine: the doors sail on the ferry.')
    await expect(editor.saveState).toHaveText('Not saved to folder — retrying', { timeout: 15_000 })
    // Meanwhile another desk rewrites the same sentence in the folder.
    const awayFile = join(away, 'articles', DOORS_FILE)
    await writeFile(awayFile, (await readFile(awayFile, 'utf8')).replace('will return to the island next month', 'will return to the island in spring, theirs'))
    await rename(away, app.workspaceDir)

    const conflicts = app.page.getByRole('button', { name: '1 conflict' })
    await expect(conflicts).toBeVisible({ timeout: 15_000 })
    // The app's version stays in the file; the folder's is kept beside it.
    await expect.poll(() => readFile(file, 'utf8')).toContain('Mine: the doors sail on the ferry.')
    const names = await readdir(join(app.workspaceDir, 'articles'))
    const copyName = names.find((n) => n.includes('-conflict-'))
    expect(copyName).toBeDefined()
    expect(await readFile(join(app.workspaceDir, 'articles', copyName!), 'utf8')).toMatch(/conflictOf: 01JYA2X4Z6Y8W0V2T4S6R8Q0P2/)

    // The copy is marked in the library too.
    await expect(library.rows.filter({ hasText: 'conflict' })).toHaveCount(1)
    await conflicts.click()
    const dialog = app.page.getByRole('dialog', { name: 'Conflicts' })
    await expect(dialog.getByRole('region', { name: 'Mine' })).toContainText('Mine: the doors sail on the ferry.')
    await expect(dialog.getByRole('region', { name: 'Theirs' })).toContainText('in spring, theirs')
    await app.page.screenshot({ path: test.info().outputPath('conflicts-dialog.png') })
    await dialog.getByRole('button', { name: 'Keep theirs' }).click()
    await expect(dialog.getByText(/No conflicts/)).toBeVisible()
    await app.page.keyboard.press('Escape')
    await expect(conflicts).toHaveCount(0)

    // Theirs is the article now, in the app and the file; mine is a revision; the copy is in the trash.
    await library.open(DOORS)
    await expect(editor.body).toContainText('in spring, theirs')
    await expect(editor.body).not.toContainText('Mine: the doors sail on the ferry.')
    await expect.poll(() => readFile(file, 'utf8')).toContain('in spring, theirs')
    await expect.poll(async () => (await readdir(join(app.workspaceDir, 'articles'))).filter((n) => n.includes('-conflict-'))).toEqual([])
    expect(await readdir(join(app.workspaceDir, '.trash', 'articles'))).toContain(copyName)
  })

  test('many files vanishing at once are not deleted until the user confirms', async ({ app, library }) => {
    const articles = join(app.workspaceDir, 'articles')
    for (let i = 1; i <= 12; i++) {
      await writeFile(join(articles, `brief-${i}.md`), `---\nid: brief-${i}\nheadline: Brief number ${i}\n---\nShort item ${i}.\n`)
    }
    await library.expectListed('Brief number 12')
    const parked = join(app.workspaceDir, '..', 'parked')
    await mkdir(parked)
    for (let i = 1; i <= 12; i++) await rename(join(articles, `brief-${i}.md`), join(parked, `brief-${i}.md`))

    const status = app.page.getByTestId('sync-state')
    await expect(status).toHaveText('12 deletions to confirm', { timeout: 15_000 })
    await library.expectListed('Brief number 12')
    await status.click()
    const dialog = app.page.getByRole('dialog', { name: 'Articles deleted in the folder' })
    await expect(dialog.getByRole('list', { name: 'Articles gone from the folder' }).getByRole('listitem')).toHaveCount(12)
    await dialog.getByRole('button', { name: 'Keep them' }).click()
    await library.expectListed('Brief number 3')

    // The files come back: nothing was lost, nothing to confirm.
    for (let i = 1; i <= 12; i++) await rename(join(parked, `brief-${i}.md`), join(articles, `brief-${i}.md`))
    await expect(status).toHaveText('Synced', { timeout: 15_000 })
    await expect(library.rows.filter({ hasText: /^Brief number/ })).toHaveCount(12)
  })

  test('Open Workspace on a plain folder makes it a workspace and imports its articles', async ({ app, library, profile }) => {
    const folder = join(profile.documentsDir, 'Desk drafts')
    await mkdir(folder, { recursive: true })
    await writeFile(join(folder, 'ferry.txt'), 'Ferry crews vote to strike\n\nCrews on the island ferries voted on Monday to strike.\n')
    await writeFile(join(folder, 'council.md'), '# Council approves harbour budget\n\nThe council approved the budget.\n')
    await app.answerChooseFolder(folder)
    await app.page.keyboard.press('ControlOrMeta+Shift+P')
    await app.page.getByRole('combobox', { name: 'Command' }).fill('Open Workspace')
    await app.page.keyboard.press('Enter')
    const dialog = app.page.getByRole('dialog', { name: 'Make this folder a workspace?' })
    await expect(dialog).toContainText('import the 2 article files')
    await dialog.getByRole('button', { name: 'Make it a workspace' }).click()
    await library.expectListed('Ferry crews vote to strike')
    await library.expectListed('Council approves harbour budget')
    await expect(library.rows).toHaveCount(2)
    expect((await readdir(join(folder, 'articles'))).sort()).toEqual(['council-approves-harbour-budget.md', 'ferry-crews-vote-to-strike.md'])
  })
})
