import type { Locator } from '@playwright/test'
import type { AppHandle } from '../harness/AppHandle'

/** The inspector pane and its tabs. */
export class InspectorPage {
  constructor(private readonly app: AppHandle) {}

  get pane(): Locator {
    return this.app.page.getByRole('complementary', { name: 'Inspector' })
  }

  async tab(name: 'Entities' | 'Quotes' | 'Photos' | 'Metadata' | 'Checks'): Promise<Locator> {
    await this.pane.getByRole('tab', { name }).click()
    return this.pane.getByRole('tabpanel')
  }
}
