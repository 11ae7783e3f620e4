import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from 'vitest'

/**
 * Real temp folders for a test file, removed after each test (with retries: a debounced
 * sync-state save may still be landing in a folder while it is being removed).
 */
export function tempDirs(): () => Promise<string> {
  const made: string[] = []
  afterEach(async () => {
    await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 })))
  })
  return async () => {
    const dir = await mkdtemp(join(tmpdir(), 'copydesk-services-'))
    made.push(dir)
    return dir
  }
}
