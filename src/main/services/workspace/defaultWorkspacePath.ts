import { join } from 'node:path'

/** Where the default workspace lives: `<documents>/Copydesk`, easy to find and to back up. */
export function defaultWorkspacePath(documentsDir: string): string {
  return join(documentsDir, 'Copydesk')
}
