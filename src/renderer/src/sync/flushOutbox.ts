import type { CopydeskApi } from '../../../core/ipc'
import { runSync } from './runSync'

/**
 * Sends every queued edit to the workspace folder and takes in what changed there: one sync
 * run (runSync). Resolves once a run that started after the call has finished, so "saved"
 * after it means "in the folder" unless the folder is away (the edit then stays queued).
 */
export function flushOutbox(api: CopydeskApi): Promise<void> {
  return runSync(api)
}
