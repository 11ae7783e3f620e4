import type { CopydeskApi } from '../../../core/ipc'
import { pushQueued, runSync } from './runSync'

/**
 * Sends every queued edit to the workspace folder: the push fast path first (an edit to a file
 * nobody else changed is written straight away), then a full sync run if anything is left (new
 * articles, trash and restore, merges). Resolves once that is done, so "saved" after it means
 * "in the folder" unless the folder is away (the edit then stays queued and is retried).
 */
export async function flushOutbox(api: CopydeskApi): Promise<void> {
  let left = true
  try {
    left = await pushQueued(api)
  } catch {
    // The folder is away or the fast path failed: the full run finds out and reports it.
  }
  if (left) await runSync(api)
}
