import AxeBuilder from '@axe-core/playwright'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { AGENCY_IIM, AGENCY_XMP, AI_XMP, buildJpeg, iimSegment, xmpSegment } from '../fixtures/photos/buildPhotos'
import { expect, test } from './fixtures'

const DATA = join(import.meta.dirname, 'data')

/** The front matter of an article file: the YAML between the two `---` lines. */
const frontMatter = (text: string): string => text.split('\n---\n')[0] ?? ''

test('fill in the article metadata and find it in the file’s front matter', async ({ app, editor, inspector }) => {
  const page = app.page
  await editor.openFile(join(DATA, 'port-inquiry.txt'))
  await expect(editor.headline).toHaveValue('Port inquiry hears crane warnings were ignored')
  const panel = await inspector.tab('Metadata')

  await panel.getByRole('combobox', { name: 'Status' }).selectOption('edited')
  await panel.getByRole('textbox', { name: 'Standfirst' }).fill('Engineers told the authority twice; the inquiry asks why nothing changed.')
  const byline = panel.getByRole('textbox', { name: 'Add a byline' })
  await byline.fill('Ines Kovač')
  await byline.press('Enter')
  await byline.fill('Piet Aalders')
  await byline.press('Enter')
  await panel.getByRole('textbox', { name: 'Place' }).fill('ROTTERDAM')
  await panel.getByLabel('Date', { exact: true }).fill('2026-03-04')
  await panel.getByRole('combobox', { name: 'Language' }).fill('en-GB')

  // Subjects: the IPTC list loads on first use; type-ahead, arrows, Enter.
  const subject = panel.getByRole('combobox', { name: 'Add a subject' })
  await subject.fill('labour str')
  await expect(panel.getByRole('option', { name: /^labour strike/ })).toHaveAttribute('aria-selected', 'true')
  await subject.press('Enter')
  await subject.fill('maritime')
  const topics = panel.getByRole('listbox', { name: 'Matching topics' }).getByRole('option')
  await expect(topics.first()).toContainText('maritime')
  await subject.press('ArrowDown')
  await expect(topics.nth(1)).toHaveAttribute('aria-selected', 'true')
  const second = (await topics.nth(1).locator('span').textContent())!
  await subject.press('Enter')
  await expect(panel.getByRole('list', { name: 'Subjects' }).getByRole('listitem')).toHaveText(['labour strike', second])

  await panel.getByLabel('Embargo').fill('2030-01-02T09:30')
  await panel.getByLabel('Embargo').blur()
  await expect(panel.getByTestId('embargo-state')).toContainText('Embargoed until')
  await panel.getByRole('textbox', { name: 'Editor’s note' }).fill('Names of the engineers withheld at their request.')
  await panel.getByRole('textbox', { name: 'Correction note' }).fill('An earlier version misspelt the inquiry chair’s name.')
  await panel.getByLabel('Correction date').fill('2026-03-05')
  await panel.getByRole('button', { name: 'Add correction' }).click()
  await expect(panel.getByRole('list', { name: 'Corrections log' })).toContainText('2026-03-05An earlier version misspelt')

  // The Key:: fields from import are editable, and new ones can be added.
  await expect(panel.getByRole('textbox', { name: 'Slug' })).toHaveValue('port-inquiry')
  await panel.getByRole('textbox', { name: 'New field name' }).fill('Desk')
  await panel.getByRole('textbox', { name: 'New field value' }).fill('Foreign')
  await panel.getByRole('button', { name: 'Add', exact: true }).click()
  await expect(panel.getByRole('textbox', { name: 'Desk' })).toHaveValue('Foreign')
  await panel.getByRole('textbox', { name: 'Slug' }).fill('port-inquiry-2')
  await panel.getByRole('textbox', { name: 'Slug' }).blur()
  await page.screenshot({ path: 'test-results/metadata.png' })
  await panel.evaluate((el) => el.scrollTo(0, 0))
  await page.screenshot({ path: 'test-results/metadata-top.png' })

  const file = join(app.workspaceDir, 'articles', 'port-inquiry.md')
  await expect.poll(async () => frontMatter(await readFile(file, 'utf8')), { timeout: 10_000 }).toContain('Slug: port-inquiry-2')
  const yaml = frontMatter(await readFile(file, 'utf8'))
  expect(yaml).toContain('status: edited\n')
  expect(yaml).toContain('standfirst: Engineers told the authority twice; the inquiry asks why nothing changed.\n')
  expect(yaml).toContain('bylines:\n  - Ines Kovač\n  - Piet Aalders\n')
  expect(yaml).toMatch(/dateline:\n {2}place: ROTTERDAM\n {2}date: "?2026-03-04"?\n/)
  expect(yaml).toContain('language: en-GB\n')
  expect(yaml).toContain('subjects:\n  - code: medtop:20000530\n    name: labour strike\n')
  expect(yaml).toContain(`name: ${second}\n`)
  expect(yaml).toContain(`embargo: ${new Date('2030-01-02T09:30').toISOString()}\n`)
  expect(yaml).toContain('editorNote: Names of the engineers withheld at their request.\n')
  expect(yaml).toMatch(/corrections:\n {2}- date: "?2026-03-05"?\n {4}note: An earlier version misspelt the inquiry chair’s name.\n/)
  expect(yaml).toContain('custom:\n  Slug: port-inquiry-2\n  Desk: Foreign')

  // The dateline and byline warnings are gone from the Checks.
  const checks = await inspector.tab('Checks')
  await expect(checks.getByTestId('finding').filter({ hasText: /No byline|No dateline/ })).toHaveCount(0)
})

test('add photos by dialog and by drop: credits pre-filled, thumbnail shown, a non-image refused', async ({ app, editor, inspector }, testInfo) => {
  const page = app.page
  const agency = buildJpeg({ width: 96, height: 64, segments: [xmpSegment(AGENCY_XMP), iimSegment(AGENCY_IIM)] })
  const photoPath = testInfo.outputPath('Harbour Fog.jpg')
  await writeFile(photoPath, agency)
  await editor.openFile(join(DATA, 'port-inquiry.txt'))
  await expect(editor.headline).toHaveValue('Port inquiry hears crane warnings were ignored')
  const panel = await inspector.tab('Photos')

  await app.answerOpenFiles([photoPath])
  await panel.getByRole('button', { name: 'Add photos…' }).click()
  const card = panel.getByTestId('photo-card').first()
  await expect(card.getByRole('textbox', { name: 'Credit line' })).toHaveValue('Lena Forsberg / Nordlys Press / Polar Pictures Editorial')
  await expect(card.getByTestId('credit-parts')).toHaveText(/Photographer\s*Lena Forsberg\s*Agency\s*Nordlys Press\s*Distributor\s*Polar Pictures Editorial/)
  await expect(card.getByRole('textbox', { name: 'Caption' })).toHaveValue('Ferry passengers queue at the harbour in dense fog, Tuesday.')
  await expect(card.getByRole('textbox', { name: 'Alt text' })).toHaveValue('People with suitcases stand on a pier; a ferry is barely visible in the fog.')
  const thumb = card.getByTestId('photo-thumbnail')
  await expect(thumb).toBeVisible()
  await expect.poll(() => thumb.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(96)
  await card.getByText('Creator and rights').click()
  await expect(card.getByRole('textbox', { name: 'Rights usage terms' })).toHaveValue('Editorial use only. No archiving.')
  await expect(card.getByRole('textbox', { name: 'Licensor' })).toHaveValue('Polar Pictures')
  expect(new Uint8Array(await readFile(join(app.workspaceDir, 'media', 'harbour-fog.jpg')))).toEqual(agency)
  await page.screenshot({ path: 'test-results/photos-added.png' })

  // Drop: an AI-generated picture is flagged and needs a disclosure; a text file is refused.
  const ai = buildJpeg({ width: 48, height: 48, segments: [xmpSegment(AI_XMP)] })
  await inspector.dropFiles(panel.getByTestId('photo-drop'), [
    { name: 'skyline.jpg', bytes: ai, type: 'image/jpeg' },
    { name: 'notes.txt', bytes: new TextEncoder().encode('Photo:: AP Photo/Jane Doe'), type: 'text/plain' }
  ])
  await expect(page.getByRole('alert').filter({ hasText: 'Not added — notes.txt: This file is not an image' })).toBeVisible()
  await expect(panel.getByTestId('photo-card')).toHaveCount(2)
  const aiCard = panel.getByTestId('photo-card').nth(1)
  await expect(aiCard.getByRole('combobox', { name: /Kind of image/ })).toHaveValue('trainedAlgorithmicMedia')
  await expect(aiCard.locator('.flag')).toHaveText('AI-generated')
  const checks = await inspector.tab('Checks')
  await expect(checks.getByTestId('finding').filter({ hasText: 'is AI-generated' })).toHaveCount(1)
  await (await inspector.tab('Photos')).getByTestId('photo-card').nth(1).getByRole('textbox', { name: 'Disclosure' }).fill('Image generated with AI')
  await panel.getByTestId('photo-card').nth(1).getByRole('textbox', { name: 'Disclosure' }).blur()

  // The credit line is kept as typed and split again as it changes.
  const credit = card.getByRole('textbox', { name: 'Credit line' })
  await credit.fill('AP Photo/Lena Forsberg')
  await credit.blur()
  await expect(card.getByTestId('credit-parts')).toHaveText(/Photographer\s*Lena Forsberg\s*Agency\s*AP/)
  await page.screenshot({ path: 'test-results/photos.png' })
  await expect.poll(async () => (await inspector.tab('Checks')).getByTestId('finding').filter({ hasText: 'is AI-generated' }).count()).toBe(0)

  const file = join(app.workspaceDir, 'articles', 'port-inquiry.md')
  await expect.poll(async () => frontMatter(await readFile(file, 'utf8')), { timeout: 10_000 }).toContain('disclosure: Image generated with AI')
  const yaml = frontMatter(await readFile(file, 'utf8'))
  expect(yaml).toContain('photos:\n  - file: media/harbour-fog.jpg\n    creditLine: AP Photo/Lena Forsberg\n    agency: AP\n    photographer: Lena Forsberg\n')
  expect(yaml).toContain('  - file: media/skyline.jpg\n    creditLine: "Illustration: Copydesk Graphics"\n')

  // Remove takes the photo off the article (its file stays in media/ for other articles).
  await (await inspector.tab('Photos')).getByTestId('photo-card').nth(1).getByRole('button', { name: 'Remove' }).click()
  await expect(panel.getByTestId('photo-card')).toHaveCount(1)
})

test('create a source, attach it, tag an attribution: the unattached-source warnings go away', async ({ app, editor, inspector, library }) => {
  const page = app.page
  await editor.openFile(join(DATA, 'port-inquiry.txt'))
  await expect(editor.headline).toHaveValue('Port inquiry hears crane warnings were ignored')
  let checks = await inspector.tab('Checks')
  const unattached = checks.getByTestId('finding').filter({ hasText: 'as a source, but it is not attached' })
  await expect(unattached).toHaveText([/“Reuters”/, /“Harbour Gazette”/])

  // Suggested from the text; created in the attach box as a wire agency.
  const panel = await inspector.tab('Sources')
  await expect(panel.getByTestId('suggested-source')).toHaveText([/Reuters.*“Reuters reports”.*wire agency/, /Harbour Gazette.*“according to the Harbour Gazette”/])
  await page.screenshot({ path: 'test-results/sources-suggested.png' })
  const attach = panel.getByRole('combobox', { name: 'Attach a source' })
  await attach.fill('Reuters')
  await panel.getByRole('combobox', { name: 'Type of a new source' }).selectOption('wire')
  await attach.focus()
  await expect(panel.getByRole('option', { name: /Create “Reuters” as wire agency/ })).toBeVisible()
  await attach.press('ControlOrMeta+Enter')
  await expect(panel.getByTestId('attached-source')).toHaveText([/Reuters\s*Wire agency/])
  await expect(panel.getByTestId('suggested-source')).toHaveText([/Harbour Gazette/])

  // Edit it in place: the file follows.
  await panel.getByRole('button', { name: 'Reuters Wire agency' }).click()
  await panel.getByRole('textbox', { name: 'URL' }).fill('https://www.reuters.com')
  await panel.getByRole('textbox', { name: 'URL' }).blur()
  await expect.poll(() => readFile(join(app.workspaceDir, 'sources', 'reuters.yaml'), 'utf8').catch(() => '')).toBe('type: wire\nname: Reuters\nurl: https://www.reuters.com\n')

  checks = await inspector.tab('Checks')
  await expect(unattached).toHaveText([/“Harbour Gazette”/])

  // Tag the attribution from the keyboard: the picker names the source, Ctrl+Enter creates it.
  await editor.selectText('according to the Harbour Gazette')
  await page.keyboard.press('ControlOrMeta+Alt+S')
  const picker = page.getByRole('dialog', { name: 'Attribute to a source' })
  await expect(picker.getByRole('combobox', { name: 'Source', exact: true })).toHaveValue('Harbour Gazette')
  await page.keyboard.press('ControlOrMeta+Enter')
  await expect(picker).toHaveCount(0)
  await expect(editor.body.locator('[data-attribution][data-source="harbour-gazette"]')).toHaveText('according to the Harbour Gazette')
  await expect(unattached).toHaveCount(0)
  await page.screenshot({ path: 'test-results/sources-checks.png' })
  await inspector.tab('Sources')
  await expect(panel.getByTestId('attached-source')).toHaveText([/Reuters/, /Harbour Gazette\s*Website/])
  await page.screenshot({ path: 'test-results/sources.png' })

  await editor.expectSaved()
  const article = await readFile(join(app.workspaceDir, 'articles', 'port-inquiry.md'), 'utf8')
  expect(article).toContain('sources: [reuters, harbour-gazette]')
  expect(article).toContain('[according to the Harbour Gazette]{.attribution source="harbour-gazette"}')
  expect(await readFile(join(app.workspaceDir, 'sources', 'harbour-gazette.yaml'), 'utf8')).toBe('type: website\nname: Harbour Gazette\n')

  // After a restart the registry and the attachments are still there.
  await app.restart()
  await library.open('Port inquiry')
  const again = await inspector.tab('Sources')
  await expect(again.getByTestId('attached-source')).toHaveText([/Reuters\s*Wire agency/, /Harbour Gazette\s*Website/])
})

test.describe('dark theme', () => {
  test.use({ theme: 'dark' })

  test('the metadata, photos and sources panels have no serious accessibility violations', async ({ app, editor, inspector }, testInfo) => {
    const page = app.page
    const photoPath = testInfo.outputPath('fog.jpg')
    await writeFile(photoPath, buildJpeg({ width: 96, height: 64, segments: [xmpSegment(AI_XMP)] }))
    await editor.openFile(join(DATA, 'port-inquiry.txt'))
    await expect(editor.headline).toHaveValue('Port inquiry hears crane warnings were ignored')
    const serious = async (): Promise<string[]> => {
      const results = await new AxeBuilder({ page }).include('[aria-label="Inspector"]').analyze()
      return results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
    }

    const photos = await inspector.tab('Photos')
    await app.answerOpenFiles([photoPath])
    await photos.getByRole('button', { name: 'Add photos…' }).click()
    await expect(photos.getByTestId('photo-thumbnail')).toBeVisible()
    await photos.getByText('Creator and rights').click()
    expect(await serious()).toEqual([])
    await page.screenshot({ path: 'test-results/photos-dark.png' })

    const sources = await inspector.tab('Sources')
    await expect(sources.getByTestId('suggested-source')).toHaveCount(2)
    await sources.getByRole('combobox', { name: 'Attach a source' }).fill('Harb')
    expect(await serious()).toEqual([])
    await page.screenshot({ path: 'test-results/sources-dark.png' })

    const metadata = await inspector.tab('Metadata')
    await metadata.getByRole('combobox', { name: 'Add a subject' }).fill('transport')
    await expect(metadata.getByRole('listbox', { name: 'Matching topics' })).toBeVisible()
    expect(await serious()).toEqual([])
    await page.screenshot({ path: 'test-results/metadata-dark.png' })
  })
})

test('a photo whose credit is cleared blocks export until the credit is back', async ({ app, editor, inspector }, testInfo) => {
  const page = app.page
  const photoPath = testInfo.outputPath('fog.jpg')
  await writeFile(photoPath, buildJpeg({ width: 96, height: 64, segments: [xmpSegment(AGENCY_XMP), iimSegment(AGENCY_IIM)] }))
  await editor.openFile(join(DATA, 'port-inquiry.txt'))
  await expect(editor.headline).toHaveValue('Port inquiry hears crane warnings were ignored')
  const photos = await inspector.tab('Photos')
  await app.answerOpenFiles([photoPath])
  await photos.getByRole('button', { name: 'Add photos…' }).click()
  const card = photos.getByTestId('photo-card').last()
  const credit = card.getByRole('textbox', { name: 'Credit line' })
  await expect(credit).toHaveValue('Lena Forsberg / Nordlys Press / Polar Pictures Editorial')

  // Cleared: the check fires as an error and the export dialog refuses the article.
  await credit.fill('')
  await credit.blur()
  const checks = await inspector.tab('Checks')
  await expect(checks.getByTestId('finding').filter({ hasText: 'has no credit line' })).toContainText('error')
  await expect(checks.getByTestId('checks-summary')).toContainText('block export')
  await page.keyboard.press('ControlOrMeta+E')
  const dialog = page.getByRole('dialog', { name: 'Export' })
  await dialog.getByRole('checkbox', { name: /NITF 3\.6/ }).check()
  const out = testInfo.outputPath('export')
  await (await import('node:fs/promises')).mkdir(out, { recursive: true })
  await app.answerChooseFolder(out)
  await dialog.getByRole('button', { name: 'Choose folder…' }).click()
  await expect(dialog.getByTestId('export-preflight')).toContainText('has no credit line')
  await expect(dialog.getByRole('button', { name: /^Export/ })).toBeDisabled()
  await dialog.getByRole('button', { name: 'Cancel' }).click()

  // Fixed: the error goes, and the article exports with the credit as the NITF media producer.
  await (await inspector.tab('Photos')).getByTestId('photo-card').last().getByRole('textbox', { name: 'Credit line' }).fill('AP Photo/Lena Forsberg')
  await photos.getByTestId('photo-card').last().getByRole('textbox', { name: 'Credit line' }).blur()
  await expect((await inspector.tab('Checks')).getByTestId('finding').filter({ hasText: 'has no credit line' })).toHaveCount(0)
  await page.keyboard.press('ControlOrMeta+E')
  await expect(dialog.getByTestId('export-preflight')).not.toContainText('has no credit line')
  await dialog.getByRole('button', { name: /^Export/ }).click()
  await expect(dialog.getByTestId('export-result')).toContainText('Wrote 1 file')
  const files = await (await import('node:fs/promises')).readdir(out)
  const nitf = await readFile(join(out, files.find((f) => f.endsWith('.nitf.xml'))!), 'utf8')
  expect(nitf).toContain('<media-producer>AP Photo/Lena Forsberg</media-producer>')
})
