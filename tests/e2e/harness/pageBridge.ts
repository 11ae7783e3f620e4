/**
 * Runs in the page (bundled by esbuild and added as an init script) in the Chromium backend:
 * builds `window.copydesk` with the same buildApi the preload uses, over Playwright's
 * exposeBinding instead of ipcRenderer. Bytes cross as base64 envelopes.
 */
import { buildApi } from '../../../src/core/bridge/buildApi'
import { decodeBytes, encodeBytes } from './bytesEnvelope'

declare global {
  interface Window {
    __copydeskInvoke(channel: string, args: unknown): Promise<unknown>
    __copydeskEmit(event: string, payload: unknown): void
  }
}

const listeners = new Map<string, Set<(payload: unknown) => void>>()

window.__copydeskEmit = (event, payload) => {
  for (const listener of listeners.get(event) ?? []) listener(decodeBytes(payload))
}

const api = buildApi(
  async (channel, args) => decodeBytes(await window.__copydeskInvoke(channel, encodeBytes(args))),
  (event, listener) => {
    const set = listeners.get(event) ?? new Set()
    listeners.set(event, set)
    set.add(listener)
    return () => set.delete(listener)
  }
)
Object.defineProperty(window, 'copydesk', { value: api, writable: false, configurable: false })
