/** One test's private folders: nothing is shared between tests. */
export interface Profile {
  appDataDir: string
  documentsDir: string
  browserDataDir: string
  colorScheme?: 'light' | 'dark'
}
