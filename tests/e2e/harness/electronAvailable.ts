import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

/** True when the Electron binary was downloaded at install time (not with ELECTRON_SKIP_BINARY_DOWNLOAD). */
export function electronAvailable(): boolean {
  if (process.env.COPYDESK_E2E_BACKEND === 'chromium') return false
  try {
    const pkg = createRequire(import.meta.url).resolve('electron/package.json')
    const pathFile = join(dirname(pkg), 'path.txt')
    return existsSync(pathFile) && existsSync(join(dirname(pkg), 'dist', readFileSync(pathFile, 'utf8').trim()))
  } catch {
    return false
  }
}
