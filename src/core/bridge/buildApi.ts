import type { CopydeskApi } from '../ipc'
import { API_METHODS, EVENT_NAMES, type EventName, type EventPayloads } from '../ipcNames'

export type RawInvoke = (channel: string, args: unknown) => Promise<unknown>
export type RawSubscribe = (event: string, listener: (payload: unknown) => void) => () => void

/**
 * Builds the named `window.copydesk` API from the contract: one method per channel, each
 * taking its single argument object. Used by the preload (over ipcRenderer) and the
 * browser test harness (over Playwright's exposeBinding) so both expose the same surface.
 */
export function buildApi(invoke: RawInvoke, subscribe: RawSubscribe): CopydeskApi {
  const api: Record<string, unknown> = {}
  for (const [ns, methods] of Object.entries(API_METHODS)) {
    const group: Record<string, (args?: unknown) => Promise<unknown>> = {}
    for (const [method, channel] of Object.entries(methods)) {
      group[method] = (args?: unknown) => invoke(channel, args ?? {})
    }
    api[ns] = Object.freeze(group)
  }
  api.events = Object.freeze({
    on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void) {
      if (!EVENT_NAMES.includes(event)) throw new Error(`Unknown event: ${String(event)}`)
      return subscribe(event, (payload) => listener(payload as EventPayloads[E]))
    }
  })
  return Object.freeze(api) as unknown as CopydeskApi
}
