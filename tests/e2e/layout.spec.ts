import { expect, test } from './fixtures'

test('panes resize and collapse, and the layout is remembered', async ({ app, library, inspector }) => {
  const page = app.page
  await expect(library.rows.first()).toBeVisible()
  const before = (await library.pane.boundingBox())!.width
  const handle = page.getByRole('separator', { name: 'Resize library' })
  await handle.focus()
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight')
  await expect.poll(async () => (await library.pane.boundingBox())!.width).toBe(before + 64)

  const grip = (await handle.boundingBox())!
  await page.mouse.move(grip.x + grip.width / 2, grip.y + 200)
  await page.mouse.down()
  await page.mouse.move(grip.x + grip.width / 2 - 100, grip.y + 200, { steps: 5 })
  await page.mouse.up()
  await expect.poll(async () => (await library.pane.boundingBox())!.width).toBe(before - 36)

  await page.keyboard.press('ControlOrMeta+Shift+2')
  await expect(inspector.pane).toHaveCount(0)
  await page.keyboard.press('ControlOrMeta+Shift+2')
  await expect(inspector.pane).toBeVisible()

  await page.reload()
  await expect(library.rows.first()).toBeVisible()
  expect((await library.pane.boundingBox())!.width).toBe(before - 36)
})
