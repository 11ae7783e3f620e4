import { expect, type Locator } from '@playwright/test'
import type { AppHandle } from '../harness/AppHandle'

/** The library pane: article list, filter, trash. */
export class LibraryPage {
  constructor(private readonly app: AppHandle) {}

  get pane(): Locator {
    return this.app.page.getByRole('navigation', { name: 'Library' })
  }

  get rows(): Locator {
    return this.pane.getByTestId('article-row')
  }

  row(headline: string | RegExp): Locator {
    return this.rows.filter({ hasText: headline })
  }

  async open(headline: string | RegExp): Promise<void> {
    await this.row(headline).first().click()
  }

  async expectListed(headline: string | RegExp): Promise<void> {
    await expect(this.row(headline)).toHaveCount(1)
  }

  async showTrash(): Promise<void> {
    await this.pane.getByRole('button', { name: 'Show trash' }).click()
    await expect(this.pane.getByRole('heading', { name: 'Trash' })).toBeVisible()
  }

  async backToLibrary(): Promise<void> {
    await this.pane.getByRole('button', { name: 'Back to library' }).click()
    await expect(this.pane.getByRole('heading', { name: 'Library' })).toBeVisible()
  }

  async restore(headline: string | RegExp): Promise<void> {
    await this.row(headline).getByRole('button', { name: 'Restore' }).click()
  }
}
