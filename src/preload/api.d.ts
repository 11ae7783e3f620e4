import type { CopydeskApi } from '../core/ipc'

declare global {
  interface Window {
    copydesk: CopydeskApi
  }
}
export {}
