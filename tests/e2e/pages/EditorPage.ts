import { expect, type Locator } from '@playwright/test'
import type { AppHandle } from '../harness/AppHandle'

/** The editor pane: headline, body, toolbar, find bar, status bar. */
export class EditorPage {
  constructor(private readonly app: AppHandle) {}

  get headline(): Locator {
    return this.app.page.getByRole('textbox', { name: 'Headline' })
  }

  get body(): Locator {
    return this.app.page.getByRole('textbox', { name: 'Article body' })
  }

  get saveState(): Locator {
    return this.app.page.getByTestId('save-state')
  }

  get wordCount(): Locator {
    return this.app.page.getByTestId('word-count')
  }

  paragraph(text: string | RegExp): Locator {
    return this.body.locator('p').filter({ hasText: text })
  }

  subhead(text: string | RegExp): Locator {
    return this.body.locator('h2').filter({ hasText: text })
  }

  /** Clicks at the end of the paragraph holding `text` and types there. */
  async typeAtEndOf(text: string | RegExp, typed: string): Promise<void> {
    // On its last line (End alone goes to the end of the visual line a long paragraph wraps at).
    const paragraph = this.paragraph(text).first()
    const box = await paragraph.boundingBox()
    await paragraph.click(box ? { position: { x: Math.max(1, box.width - 2), y: Math.max(1, box.height - 4) } } : undefined)
    await this.app.page.keyboard.press('End')
    await this.app.page.keyboard.type(typed)
  }

  /** File > Open (Ctrl+O), the native dialog answered with `path` from the main side. */
  async openFile(path: string): Promise<void> {
    await this.app.answerOpenFiles([path])
    await this.app.page.keyboard.press('ControlOrMeta+O')
  }

  /** Selects the first occurrence of `text` in the body the keyboard way: find it, close the find bar. */
  async selectText(text: string): Promise<void> {
    const page = this.app.page
    await page.keyboard.press('ControlOrMeta+F')
    await page.getByRole('textbox', { name: 'Find' }).fill(text)
    await page.keyboard.press('Enter')
    await page.keyboard.press('Escape')
    // Closing the find bar hands focus back to the editor; keys sent before that are lost.
    await expect(this.body).toBeFocused()
  }

  async expectSaved(): Promise<void> {
    await expect(this.saveState).toHaveText('Saved', { timeout: 10_000 })
  }

  /** Runs a command through the palette, as a keyboard-only user would. */
  async runCommand(label: string): Promise<void> {
    const page = this.app.page
    await page.keyboard.press('ControlOrMeta+Shift+P')
    await page.getByRole('combobox', { name: 'Command' }).fill(label)
    await page.keyboard.press('Enter')
  }
}
