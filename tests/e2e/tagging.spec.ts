import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from './fixtures'

const DATA = join(import.meta.dirname, 'data')

test.describe('tagging entities', () => {
  test('tag a person with the keyboard: the registry, the file and the inspector follow', async ({ app, editor, inspector }) => {
    const page = app.page
    await editor.openFile(join(DATA, 'harbour-strike.txt'))
    await expect(editor.subhead('Review to start Monday')).toBeVisible()


    // A new entity, created from the selection in one keystroke.
    await editor.selectText('Ines Kovač')
    await page.keyboard.press('ControlOrMeta+Alt+P')
    const picker = page.getByRole('dialog', { name: /Tag “Ines Kovač”/ })
    await expect(picker.getByRole('combobox', { name: 'Entity', exact: true })).toHaveValue('Ines Kovač')
    await expect(picker.getByRole('option', { name: /Create “Ines Kovač” as person/ })).toBeVisible()
    await page.keyboard.press('ControlOrMeta+Enter')
    await expect(picker).toHaveCount(0)
    await expect(editor.body.locator('[data-entity="ines-kovac"]')).toHaveText('Ines Kovač')

    // An organisation, then the same person found again by typing part of the name.
    await editor.selectText('city council')
    await page.keyboard.press('ControlOrMeta+Alt+O')
    await page.keyboard.press('Enter')
    await expect(editor.body.locator('[data-entity="city-council"][data-entity-type="organization"]')).toBeVisible()

    await editor.selectText('Harbour master')
    await page.keyboard.press('ControlOrMeta+Alt+P')
    await page.getByRole('combobox', { name: 'Entity', exact: true }).fill('kov')
    await expect(page.getByRole('option', { name: /Ines Kovač/ })).toHaveAttribute('aria-selected', 'true')
    await page.keyboard.press('Enter')
    await expect(editor.body.locator('[data-entity="ines-kovac"]')).toHaveCount(2)

    await editor.expectSaved()
    const entityFile = await readFile(join(app.workspaceDir, 'entities', 'ines-kovac.yaml'), 'utf8')
    expect(entityFile).toBe('type: person\nname: Ines Kovač\n')
    const article = await readFile(join(app.workspaceDir, 'articles', 'harbour-strike.md'), 'utf8')
    expect(article).toContain('[Harbour master]{.person entity="ines-kovac"} [Ines Kovač]{.person entity="ines-kovac"} said')
    expect(article).toContain('[city council]{.organization entity="city-council"}')

    const entities = await inspector.tab('Entities')
    await expect(entities.getByTestId('entity-item')).toHaveText([/Ines Kovač\s*2×/, /city council\s*1×/])
    // Stepping through the mentions: after the one selected, then round again.
    const selection = (): Promise<string | undefined> => page.evaluate(() => window.getSelection()?.toString())
    await entities.getByTestId('entity-item').first().click()
    await expect.poll(selection).toBe('Ines Kovač')
    await entities.getByTestId('entity-item').first().click()
    await expect.poll(selection).toBe('Harbour master')

    // Untag: the words stay, the tag goes.
    await editor.selectText('city council')
    await page.keyboard.press('ControlOrMeta+Alt+X')
    await expect(editor.body.locator('[data-entity="city-council"]')).toHaveCount(0)
    await expect(editor.body).toContainText('city council')
    await page.screenshot({ path: 'test-results/tagging.png' })
  })
})

test('tag a quote, pick its speaker from the best guess, and mark it verified', async ({ app, editor, inspector }) => {
  const page = app.page
  await editor.openFile(join(DATA, 'harbour-strike.txt'))
  await expect(editor.subhead('Review to start Monday')).toBeVisible()
  await editor.selectText('Piet Aalders')
  await page.keyboard.press('ControlOrMeta+Alt+P')
  await page.keyboard.press('ControlOrMeta+Enter')
  await expect(editor.body.locator('[data-entity="piet-aalders"]')).toBeVisible()

  await editor.selectText('“We warned them in March and again in May.”')
  await page.keyboard.press('ControlOrMeta+Alt+Q')
  const dialog = page.getByRole('dialog', { name: 'Who said it?' })
  await expect(dialog.getByRole('combobox', { name: 'Speaker' })).toHaveValue('Piet Aalders')
  await expect(dialog.getByRole('combobox', { name: 'Quote kind' })).toHaveValue('direct')
  await expect(dialog.getByRole('option', { name: /Piet Aalders/ })).toContainText('best guess')
  await page.keyboard.press('Enter')
  await expect(editor.body.locator('[data-quote][data-speaker="piet-aalders"]')).toHaveText('“We warned them in March and again in May.”')

  const quotes = await inspector.tab('Quotes')
  const card = quotes.getByTestId('quote-card')
  await expect(card).toContainText('Piet Aalders')
  await card.getByRole('checkbox', { name: /Verified/ }).check()
  await expect(editor.body.locator('[data-quote][data-verified="true"]')).toHaveCount(1)
  await editor.expectSaved()
  const file = await readFile(join(app.workspaceDir, 'articles', 'harbour-strike.md'), 'utf8')
  expect(file).toMatch(/\[“We warned them in March and again in May\.”\]\{\.quote quote="[0-9A-Z]+" speaker="piet-aalders" kind="direct" verified="true"\}/)
})

test('suggestions: dotted underlines for untagged names, accepted with one shortcut', async ({ app, editor, inspector }) => {
  const page = app.page
  await editor.openFile(join(DATA, 'harbour-strike.txt'))
  await expect(editor.subhead('Review to start Monday')).toBeVisible()
  const suggested = editor.body.locator('.suggestion.tag-person')
  await expect(suggested).toHaveText(['Ines Kovač', 'Piet Aalders'])

  // One by one from the context menu…
  await suggested.first().click({ button: 'right' })
  await page.getByRole('menuitem', { name: 'Tag “Ines Kovač” as person' }).click()
  await expect(editor.body.locator('[data-entity="ines-kovac"][data-entity-type="person"]')).toHaveText('Ines Kovač')
  await expect(suggested).toHaveText(['Piet Aalders'])

  // …or all people at once, from the keyboard.
  await editor.body.click()
  await page.keyboard.press('ControlOrMeta+Alt+Shift+P')
  await expect(editor.body.locator('[data-entity="piet-aalders"]')).toHaveText('Piet Aalders')
  await expect(suggested).toHaveCount(0)
  await editor.expectSaved()
  expect(await readFile(join(app.workspaceDir, 'entities', 'piet-aalders.yaml'), 'utf8')).toBe('type: person\nname: Piet Aalders\n')
  const entities = await inspector.tab('Entities')
  await expect(entities.getByTestId('entity-item')).toHaveText([/Ines Kovač\s*1×/, /Piet Aalders\s*1×/])
})

test('a name spelled two ways is flagged in Checks and fixed with one click', async ({ app, editor, inspector }) => {
  await editor.openFile(join(DATA, 'ferry-walkout.txt'))
  await expect(editor.subhead('Operator says crossings will resume')).toBeVisible()
  const checks = await inspector.tab('Checks')
  const variant = checks.getByTestId('spelling-variant')
  await expect(variant).toContainText('Spelled two ways: “Aalders” and “Alders”.')
  await variant.getByRole('button', { name: 'Use “Aalders” everywhere' }).click()
  await expect(editor.body).toContainText('Aalders said the union would meet again on Sunday.')
  await expect(variant).toHaveCount(0)
  await editor.expectSaved()
  const file = await readFile(join(app.workspaceDir, 'articles', 'ferry-walkout.md'), 'utf8')
  expect(file).not.toMatch(/\bAlders\b/)
})

test('tag and untag from the context menu', async ({ app, editor }) => {
  const page = app.page
  await editor.openFile(join(DATA, 'harbour-strike.txt'))
  await expect(editor.subhead('Review to start Monday')).toBeVisible()
  await editor.selectText('port authority')
  await editor.body.getByText('port authority').first().click({ button: 'right' })
  await page.getByRole('menuitem', { name: 'Tag as Organisation…' }).click()
  await expect(page.getByRole('combobox', { name: 'Entity', exact: true })).toHaveValue('port authority')
  await page.keyboard.press('ControlOrMeta+Enter')
  const tag = editor.body.locator('[data-entity="port-authority"][data-entity-type="organization"]')
  await expect(tag).toHaveText('port authority')

  await tag.click({ button: 'right' })
  await expect(page.getByRole('menuitem', { name: 'Open Entity Page' })).toBeVisible()
  await page.getByRole('menuitem', { name: 'Remove Entity Tag' }).click()
  await expect(tag).toHaveCount(0)
  await expect(editor.body).toContainText('The port authority on Wednesday')
})
