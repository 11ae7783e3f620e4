import type { HandlerTable } from '../../core/ipc'
import { createServices, type ServiceDeps } from './createServices'

/**
 * The IPC handler table over the plain-Node services: every channel of src/core/ipc.ts.
 * Main registers `wrapHandlerTable(createHandlerTable(deps))` with ipcMain; the browser test
 * harness exposes the same. Use createServices instead when you also need flush() on quit.
 */
export function createHandlerTable(deps: ServiceDeps): HandlerTable {
  return createServices(deps).table
}
