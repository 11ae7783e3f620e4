import { readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { AGENCY_IIM, AGENCY_XMP, AI_XMP, buildJpeg, iimSegment, xmpSegment } from '../fixtures/photos/buildPhotos'
import { expect, test } from './fixtures'

const DATA = join(import.meta.dirname, 'data')
const LONG_CREDIT = 'Lena Forsberg for Nordlys Press Agency / Polar Pictures Editorial Syndication via Harbourlight Images Archive'

test('a long credit line and caption are shown whole, growing with their text', async ({ app, editor, inspector }, testInfo) => {
  const photoPath = testInfo.outputPath('Harbour Fog.jpg')
  await writeFile(photoPath, buildJpeg({ width: 96, height: 64, segments: [xmpSegment(AGENCY_XMP), iimSegment(AGENCY_IIM)] }))
  await editor.openFile(join(DATA, 'port-inquiry.txt'))
  await expect(editor.headline).toHaveValue('Port inquiry hears crane warnings were ignored')
  const panel = await inspector.tab('Photos')
  await app.answerOpenFiles([photoPath])
  await panel.getByRole('button', { name: 'Add photos…' }).click()
  const card = panel.getByTestId('photo-card')
  const credit = card.getByRole('textbox', { name: 'Credit line' })
  await expect(credit).toHaveValue('Lena Forsberg / Nordlys Press / Polar Pictures Editorial')
  const oneLine = await credit.evaluate((el) => el.clientHeight)

  // Enter saves instead of breaking the line; the field wraps and grows instead of cutting off.
  await credit.fill(LONG_CREDIT)
  await credit.press('Enter')
  await expect(credit).toHaveValue(LONG_CREDIT)
  const caption = card.getByRole('textbox', { name: 'Caption' })
  await caption.fill(`${'Ferry passengers queue at the harbour in dense fog on Tuesday morning, waiting for the first crossing. '.repeat(3)}`)
  await caption.blur()
  for (const field of [credit, caption]) {
    const size = await field.evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight, scrollWidth: el.scrollWidth, width: el.clientWidth }))
    expect(size.scroll, 'nothing hidden below').toBeLessThanOrEqual(size.client + 1)
    expect(size.scrollWidth, 'nothing hidden to the side').toBeLessThanOrEqual(size.width + 1)
  }
  // It grew with the text, to the three lines the long credit takes in the inspector.
  const grown = await credit.evaluate((el) => ({ height: el.clientHeight, line: parseFloat(getComputedStyle(el).lineHeight) }))
  expect(grown.height).toBeGreaterThan(oneLine)
  expect(grown.height).toBeGreaterThanOrEqual(3 * grown.line)
  await card.screenshot({ path: 'test-results/photo-credit-long.png' })
  await expect
    .poll(async () => (await import('node:fs/promises')).readFile(join(app.workspaceDir, 'articles', 'port-inquiry.md'), 'utf8'))
    .toContain(`creditLine: ${LONG_CREDIT}\n`)
})

test('unused photos: offered for the trash when removed, and found by Clean Up Unused Media', async ({ app, editor, inspector }, testInfo) => {
  const page = app.page
  const fog = testInfo.outputPath('fog.jpg')
  const sky = testInfo.outputPath('skyline.jpg')
  await writeFile(fog, buildJpeg({ width: 96, height: 64, segments: [xmpSegment(AGENCY_XMP)] }))
  await writeFile(sky, buildJpeg({ width: 48, height: 48, segments: [xmpSegment(AI_XMP)] }))
  await editor.openFile(join(DATA, 'port-inquiry.txt'))
  await expect(editor.headline).toHaveValue('Port inquiry hears crane warnings were ignored')
  const panel = await inspector.tab('Photos')
  await app.answerOpenFiles([fog, sky])
  await panel.getByRole('button', { name: 'Add photos…' }).click()
  await expect(panel.getByTestId('photo-card')).toHaveCount(2)
  const media = join(app.workspaceDir, 'media')
  expect((await readdir(media)).sort()).toEqual(['fog.jpg', 'skyline.jpg'])

  // Removed, and no other article uses it: the tab offers to move the file to the trash.
  await panel.getByRole('button', { name: 'Remove photo fog.jpg' }).click()
  const offer = panel.getByRole('group', { name: 'Unused photo' })
  await expect(offer).toContainText('fog.jpg is not used by any other article.')
  await page.screenshot({ path: 'test-results/photo-unused-offer.png' })
  await offer.getByRole('button', { name: 'Move to trash' }).click()
  await expect(offer).toHaveCount(0)
  await expect(page.getByText('Moved fog.jpg to .trash/media/fog.jpg.')).toBeVisible()
  expect(await readdir(media)).toEqual(['skyline.jpg'])
  expect(await readdir(join(app.workspaceDir, '.trash', 'media'))).toEqual(['fog.jpg'])

  // Another is removed but kept; a stray file lands in media/ from outside.
  await panel.getByRole('button', { name: 'Remove photo skyline.jpg' }).click()
  await offer.getByRole('button', { name: 'Keep it' }).click()
  await expect(offer).toHaveCount(0)
  await writeFile(join(media, 'stray.jpg'), buildJpeg({ width: 32, height: 32 }))
  await editor.expectSaved()

  // File › Clean Up Unused Media…, from the command palette: both listed, moved to the trash.
  await editor.runCommand('Clean Up Unused Media')
  const dialog = page.getByRole('dialog', { name: 'Clean up unused media' })
  const files = dialog.getByRole('list', { name: 'Unused media files' }).getByTestId('unused-media')
  await expect(files).toHaveText([/skyline\.jpg/, /stray\.jpg/])
  await expect(dialog.getByRole('checkbox', { name: /skyline\.jpg/ })).toBeChecked()
  await page.screenshot({ path: 'test-results/media-cleanup.png' })
  await dialog.getByRole('button', { name: /^Move 2 files to the trash/ }).click()
  await expect(dialog.getByTestId('media-cleanup-result')).toContainText('Moved 2 files to .trash/media/.')
  await expect(dialog).toContainText('No more unused files in media/.')
  expect(await readdir(media)).toEqual([])
  expect((await readdir(join(app.workspaceDir, '.trash', 'media'))).sort()).toEqual(['fog.jpg', 'skyline.jpg', 'stray.jpg'])
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(dialog).toHaveCount(0)
})
