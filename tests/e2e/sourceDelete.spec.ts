import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from './fixtures'

const DATA = join(import.meta.dirname, 'data')

test('delete a source: the desk is told how many articles use it, they lose it, its file goes to .trash/sources', async ({ app, editor, inspector, library }) => {
  const page = app.page
  // Port inquiry: Reuters and the Harbour Gazette attached, "Reuters reports" tagged as an attribution.
  await editor.openFile(join(DATA, 'port-inquiry.txt'))
  await expect(editor.headline).toHaveValue('Port inquiry hears crane warnings were ignored')
  let panel = await inspector.tab('Sources')
  await panel.getByTestId('suggested-source').filter({ hasText: 'Reuters' }).getByRole('button', { name: 'Create and attach' }).click()
  await expect(panel.getByTestId('attached-source')).toHaveText([/Reuters/])
  await panel.getByTestId('suggested-source').filter({ hasText: 'Harbour Gazette' }).getByRole('button', { name: 'Create and attach' }).click()
  await expect(panel.getByTestId('attached-source')).toHaveText([/Reuters/, /Harbour Gazette/])
  await editor.selectText('Reuters reports')
  await page.keyboard.press('ControlOrMeta+Alt+S')
  const picker = page.getByRole('dialog', { name: 'Attribute to a source' })
  await expect(picker.getByRole('option', { name: /Reuters/ })).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(editor.body.locator('[data-attribution][data-source="reuters"]')).toHaveText('Reuters reports')
  await editor.expectSaved()

  // A second article cites Reuters too.
  await editor.openFile(join(DATA, 'ferry-walkout.txt'))
  await expect(editor.subhead('Operator says crossings will resume')).toBeVisible()
  panel = await inspector.tab('Sources')
  const attach = panel.getByRole('combobox', { name: 'Attach a source' })
  await attach.fill('Reuters')
  await expect(panel.getByRole('option', { name: /^Reuters/ })).toBeVisible()
  await attach.press('Enter')
  await expect(panel.getByTestId('attached-source')).toHaveText([/Reuters/])
  await editor.expectSaved()

  // Back in the port story: open Reuters' card and delete it from the registry.
  await library.open('Port inquiry')
  panel = await inspector.tab('Sources')
  await panel.getByRole('button', { name: 'Reuters Wire agency' }).click()
  await panel.getByRole('button', { name: 'Delete Reuters from the workspace' }).click()
  const confirm = panel.getByRole('alertdialog', { name: 'Delete Reuters' })
  await expect(confirm).toContainText('Reuters is used in 2 articles.')
  await expect(confirm).toContainText('removes its attribution tags (the words stay)')
  await page.screenshot({ path: 'test-results/source-delete.png' })
  await confirm.getByRole('button', { name: 'Delete Reuters' }).click()

  await expect(page.getByText('Deleted Reuters and its references in 2 articles.')).toBeVisible()
  await expect(panel.getByTestId('attached-source')).toHaveText([/Harbour Gazette/])
  await expect(editor.body.locator('[data-attribution]')).toHaveCount(0)
  await expect(editor.paragraph('Reuters reports')).toBeVisible()
  // The text still names Reuters, which is no longer in the registry: suggested again, to create.
  await expect(panel.getByTestId('suggested-source').filter({ hasText: 'Reuters' })).toContainText('wire agency')
  await editor.expectSaved()

  expect(await readdir(join(app.workspaceDir, 'sources'))).toEqual(['harbour-gazette.yaml'])
  expect(await readFile(join(app.workspaceDir, '.trash', 'sources', 'reuters.yaml'), 'utf8')).toBe('type: wire\nname: Reuters\n')
  await expect.poll(() => readFile(join(app.workspaceDir, 'articles', 'port-inquiry.md'), 'utf8')).toContain('sources: [harbour-gazette]')
  const port = await readFile(join(app.workspaceDir, 'articles', 'port-inquiry.md'), 'utf8')
  expect(port).not.toContain('reuters')
  expect(port).toContain('in March, Reuters reports.')
  await expect.poll(() => readFile(join(app.workspaceDir, 'articles', 'ferry-walkout.md'), 'utf8')).not.toContain('reuters')

  // The whole registry is listed too, so a source no open article uses can be deleted.
  await panel.getByText('All sources in the workspace (1)').click()
  const registry = panel.getByRole('list', { name: 'Sources in the workspace' })
  await expect(registry.getByTestId('workspace-source')).toHaveText([/Harbour Gazette\s*Website/])
  await registry.getByRole('button', { name: 'Delete Harbour Gazette from the workspace' }).click()
  await registry.getByRole('alertdialog', { name: 'Delete Harbour Gazette' }).getByRole('button', { name: 'Delete Harbour Gazette' }).click()
  await expect(panel.getByText('No sources attached.')).toBeVisible()
  await expect(panel.getByText(/All sources in the workspace/)).toHaveCount(0)
  expect((await readdir(join(app.workspaceDir, '.trash', 'sources'))).sort()).toEqual(['harbour-gazette.yaml', 'reuters.yaml'])
})
