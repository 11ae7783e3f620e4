import type { Locator } from '@playwright/test'
import type { AppHandle } from '../harness/AppHandle'

/** The inspector pane and its tabs. */
export class InspectorPage {
  constructor(private readonly app: AppHandle) {}

  get pane(): Locator {
    return this.app.page.getByRole('complementary', { name: 'Inspector' })
  }

  async tab(name: 'Entities' | 'Quotes' | 'Photos' | 'Sources' | 'Metadata' | 'Checks'): Promise<Locator> {
    await this.pane.getByRole('tab', { name }).click()
    return this.pane.getByRole('tabpanel')
  }

  /** Drops files on an element the way the OS would (dragover, then drop with a DataTransfer). */
  async dropFiles(target: Locator, files: { name: string; bytes: Uint8Array; type: string }[]): Promise<void> {
    const payload = files.map((f) => ({ name: f.name, type: f.type, base64: Buffer.from(f.bytes).toString('base64') }))
    const dataTransfer = await this.app.page.evaluateHandle((list) => {
      const dt = new DataTransfer()
      for (const f of list) dt.items.add(new File([Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))], f.name, { type: f.type }))
      return dt
    }, payload)
    await target.dispatchEvent('dragover', { dataTransfer })
    await target.dispatchEvent('drop', { dataTransfer })
  }
}
