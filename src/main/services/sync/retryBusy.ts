import { errorCode } from '../fs/errorCode'

/**
 * Errors a file operation may hit only for a moment: Windows reports a file that a virus
 * scanner, the search indexer or a sync client holds open as EPERM, EBUSY or EACCES.
 */
const TRANSIENT = new Set(['EPERM', 'EBUSY', 'EACCES'])

export interface RetryOptions {
  attempts: number
  /** Wait before the first retry; doubled after each. */
  delayMs: number
}

export const DEFAULT_RETRY: RetryOptions = { attempts: 6, delayMs: 20 }

/**
 * Runs `fn`, retrying transient errors with backoff. `before` runs before every retry and may
 * end the attempts with a value (e.g. the file changed meanwhile: nothing to retry).
 */
export async function retryBusy<T>(
  fn: () => Promise<T>,
  opts: RetryOptions = DEFAULT_RETRY,
  before?: () => Promise<{ stop: T } | null>
): Promise<T> {
  let delay = opts.delayMs
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn()
    } catch (error) {
      const code = errorCode(error)
      if (!code || !TRANSIENT.has(code) || attempt >= opts.attempts) throw error
    }
    await new Promise((resolve) => setTimeout(resolve, delay))
    delay *= 2
    const stop = await before?.()
    if (stop) return stop.stop
  }
}
