/**
 * In-page timing probes for the app benches. Each function is serialised by Playwright and run
 * in the renderer, so it is self-contained. Times are the page's performance.now(): ms since its
 * navigation started.
 */
import type { Page } from '@playwright/test'

interface ProbeWindow {
  __benchProbe?: Promise<unknown>
}

/**
 * tsx compiles this file with esbuild's keepNames, which wraps named inner functions in
 * `__name(fn, "name")`: a helper that exists in Node, not in the page. Defines a no-op one there
 * (as a string, so it is not itself rewritten).
 */
async function shim(page: Page): Promise<void> {
  await page.evaluate('globalThis.__name ??= (fn) => fn')
}

/** Resolves with the time the first `min` library rows are in the DOM (and whether they already were). */
export async function whenRows(page: Page, min: number, timeoutMs: number): Promise<{ at: number; already: boolean; loadEventEnd: number }> {
  await shim(page)
  return page.evaluate(
    ([min, timeoutMs]) =>
      new Promise<{ at: number; already: boolean; loadEventEnd: number }>((resolve, reject) => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined
        const loadEventEnd = nav?.loadEventEnd ?? NaN
        const ready = (): boolean => document.querySelectorAll('[data-testid=article-row]').length >= min
        if (ready()) return resolve({ at: performance.now(), already: true, loadEventEnd })
        const timer = setTimeout(() => reject(new Error(`no ${min} library rows after ${timeoutMs} ms`)), timeoutMs)
        const observer = new MutationObserver(() => {
          if (!ready()) return
          const at = performance.now()
          observer.disconnect()
          clearTimeout(timer)
          resolve({ at, already: false, loadEventEnd })
        })
        observer.observe(document.body, { childList: true, subtree: true })
      }),
    [min, timeoutMs] as const
  )
}

/** Resolves with the time the library's count reads `count` (every article of a rebuild is listed). */
export async function whenLibraryCount(page: Page, count: number, timeoutMs: number): Promise<number> {
  await shim(page)
  return page.evaluate(
    ([count, timeoutMs]) =>
      new Promise<number>((resolve, reject) => {
        const ready = (): boolean => Number(document.querySelector('.library-pane .pane-count')?.textContent?.replace(/\D/g, '') || 0) >= count
        if (ready()) return resolve(performance.now())
        const timer = setTimeout(() => reject(new Error(`the library did not list ${count} articles within ${timeoutMs} ms`)), timeoutMs)
        const observer = new MutationObserver(() => {
          if (!ready()) return
          const at = performance.now()
          observer.disconnect()
          clearTimeout(timer)
          resolve(at)
        })
        observer.observe(document.body, { childList: true, subtree: true, characterData: true })
      }),
    [count, timeoutMs] as const
  )
}

/**
 * Page source for a cold start, run before the app's scripts (launchApp's `initScript`):
 * `window.__benchRows` resolves when `min` library rows are in the DOM, with where row
 * `rowIndex` is (`{ rowsAt, x, y }`); `window.__benchSelected` resolves when, after a click,
 * a row shows as selected (`{ clickAt, doneAt }`). Plain JavaScript, so nothing rewrites it.
 */
export function coldStartInitScript(min: number, rowIndex: number): string {
  return `(() => {
  let rowsSeen = false
  let resolveRows
  window.__benchRows = new Promise((resolve) => { resolveRows = resolve })
  window.__benchSelected = new Promise((resolveSelected) => {
    let clickAt = null
    document.addEventListener('click', () => { if (clickAt === null) clickAt = performance.now() }, { capture: true })
    const observer = new MutationObserver(() => {
      if (!rowsSeen) {
        const rows = document.querySelectorAll('[data-testid=article-row]')
        if (rows.length >= ${min}) {
          rowsSeen = true
          const at = performance.now()
          const box = rows[${rowIndex}].getBoundingClientRect()
          resolveRows({ rowsAt: at, x: box.left + box.width / 2, y: box.top + box.height / 2 })
        }
      }
      if (clickAt !== null && document.querySelector('[data-testid=article-row][aria-selected=true]')) {
        const doneAt = performance.now()
        observer.disconnect()
        resolveSelected({ clickAt, doneAt })
      }
    })
    observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-selected'] })
  })
})()`
}

/** Awaits a promise the init script left on `window` (e.g. `__benchRows`), with a timeout. */
export async function pagePromise<T>(page: Page, name: string, timeoutMs: number): Promise<T> {
  return page.evaluate(
    ([name, timeoutMs]) =>
      Promise.race([
        (window as unknown as Record<string, Promise<unknown>>)[name],
        new Promise((_, reject) => setTimeout(() => reject(new Error(`${name} not resolved within ${timeoutMs} ms`)), timeoutMs))
      ]),
    [name, timeoutMs] as const
  ) as Promise<T>
}

/** loadEventEnd of the page's navigation, ms from navigation start. */
export function loadEventEnd(page: Page): Promise<number> {
  return page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.loadEventEnd ?? NaN)
}

/**
 * Arms a probe for "a click, then the editor's last block holds `marker`": the opened article
 * is in the DOM to its end (`doneAt`), and the frame after that has been produced (`paintedAt`:
 * a message posted from the next requestAnimationFrame callback, i.e. after style, layout and paint).
 */
export async function armOpenProbe(page: Page, marker: string): Promise<void> {
  await shim(page)
  await page.evaluate((marker) => {
    const w = window as unknown as ProbeWindow
    w.__benchProbe = new Promise((resolve) => {
      let clickAt: number | null = null
      document.addEventListener('click', () => (clickAt ??= performance.now()), { capture: true, once: true })
      const done = (): boolean => document.querySelector('.ProseMirror')?.lastElementChild?.textContent?.includes(marker) ?? false
      const observer = new MutationObserver(() => {
        if (clickAt === null || !done()) return
        const doneAt = performance.now()
        observer.disconnect()
        requestAnimationFrame(() => {
          const channel = new MessageChannel()
          channel.port1.onmessage = () => resolve({ clickAt, doneAt, paintedAt: performance.now() })
          channel.port2.postMessage(null)
        })
      })
      observer.observe(document.body, { childList: true, subtree: true })
    })
  }, marker)
}

/**
 * Arms a probe for "a key press, then the status bar's save state goes from anything else back
 * to Saved". `{ keyAt, savingAt, doneAt }`.
 */
export async function armSaveProbe(page: Page): Promise<void> {
  await shim(page)
  await page.evaluate(() => {
    const w = window as unknown as ProbeWindow
    w.__benchProbe = new Promise((resolve) => {
      let keyAt: number | null = null
      let savingAt: number | null = null
      document.addEventListener('keydown', () => (keyAt ??= performance.now()), { capture: true, once: true })
      const state = (): string => document.querySelector('[data-testid=save-state]')?.textContent ?? ''
      const observer = new MutationObserver(() => {
        if (keyAt === null) return
        const text = state()
        if (text !== 'Saved') savingAt ??= performance.now()
        else if (savingAt !== null) {
          const doneAt = performance.now()
          observer.disconnect()
          resolve({ keyAt, savingAt, doneAt })
        }
      })
      observer.observe(document.body, { childList: true, subtree: true, characterData: true })
    })
  })
}

export async function probeResult<T>(page: Page, timeoutMs: number): Promise<T> {
  return page.evaluate(
    (timeoutMs) =>
      Promise.race([
        (window as unknown as ProbeWindow).__benchProbe,
        new Promise((_, reject) => setTimeout(() => reject(new Error(`probe not resolved within ${timeoutMs} ms`)), timeoutMs))
      ]),
    timeoutMs
  ) as Promise<T>
}

/** Waits until the page has had `quietMs` with an idle callback answering promptly (background work done). */
export async function settle(page: Page, quietMs: number, timeoutMs: number): Promise<void> {
  await shim(page)
  return page.evaluate(
    ([quietMs, timeoutMs]) =>
      new Promise<void>((resolve) => {
        const start = performance.now()
        let quietSince = performance.now()
        const tick = (): void => {
          const asked = performance.now()
          requestIdleCallback(() => {
            const now = performance.now()
            if (now - asked > 50) quietSince = now
            if (now - quietSince >= quietMs || now - start > timeoutMs) resolve()
            else setTimeout(tick, 20)
          })
        }
        tick()
      }),
    [quietMs, timeoutMs] as const
  )
}

/**
 * Waits until this Node process (which runs the app's services: scans, hashing, file writes)
 * has been nearly idle for `quietMs`, judged by its event-loop utilisation.
 */
export async function settleNode(quietMs: number, timeoutMs: number): Promise<void> {
  const { eventLoopUtilization } = (await import('node:perf_hooks')).performance
  const start = Date.now()
  let quiet = 0
  let last = eventLoopUtilization()
  while (quiet < quietMs && Date.now() - start < timeoutMs) {
    await new Promise((r) => setTimeout(r, 100))
    const now = eventLoopUtilization()
    const delta = eventLoopUtilization(now, last)
    last = now
    quiet = delta.utilization < 0.05 ? quiet + 100 : 0
  }
}
