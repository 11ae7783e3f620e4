import type { Page } from '@playwright/test'

/** What a test can do with the running app, whichever backend runs it. */
export interface AppHandle {
  page: Page
  backend: 'electron' | 'chromium'
  /** The workspace folder the app uses (the default one in the test's documents folder). */
  workspaceDir: string
  /** Queues the answer of the next native open dialog (null: cancelled). */
  answerOpenFiles(paths: string[] | null): Promise<void>
  /** Queues the answer of the next native folder dialog (null: cancelled). */
  answerChooseFolder(path: string | null): Promise<void>
  /** Closes the app and starts it again on the same profile and folders. */
  restart(): Promise<void>
  close(): Promise<void>
}
