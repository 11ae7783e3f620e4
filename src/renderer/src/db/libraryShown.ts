let markShown: () => void = () => {}
const shown = new Promise<void>((resolve) => (markShown = resolve))

/** The library pane calls this once its first rows, or its empty state, are on screen. */
export function markLibraryShown(): void {
  markShown()
}

/**
 * Resolves once the library has been shown and the page has then had an idle moment (or after
 * `timeoutMs` whatever happened): work that reads the whole store, like the first sync run,
 * waits for it so as not to hold up the first rows and the first click.
 */
export function whenLibraryShown(timeoutMs: number, idleMs = 1000): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, timeoutMs)
    void shown.then(() => {
      const done = (): void => {
        clearTimeout(timer)
        resolve()
      }
      if (typeof requestIdleCallback === 'function') requestIdleCallback(done, { timeout: idleMs })
      else setTimeout(done, 0)
    })
  })
}
