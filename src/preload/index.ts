/**
 * The sandboxed preload: exposes ONE named API object, `window.copydesk`, built from the
 * IPC contract. Never ipcRenderer itself, never a generic invoke, never process.env.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { buildApi } from '../core/bridge/buildApi'

const api = buildApi(
  (channel, args) => ipcRenderer.invoke(channel, args),
  (event, listener) => {
    const wrapped = (_e: IpcRendererEvent, payload: unknown): void => listener(payload)
    ipcRenderer.on(event, wrapped)
    return () => {
      ipcRenderer.removeListener(event, wrapped)
    }
  }
)

contextBridge.exposeInMainWorld('copydesk', api)
