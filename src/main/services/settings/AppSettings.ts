import { readFile } from 'node:fs/promises'
import { isAbsolute } from 'node:path'
import { z } from 'zod'
import { atomicWriteFile } from '../fs/atomicWriteFile'
import { errorCode } from '../fs/errorCode'
import type { Logger } from '../Logger'

export interface WindowBounds {
  x: number
  y: number
  width: number
  height: number
  maximized: boolean
}

export interface AppSettingsData {
  /** Absolute path of the chosen workspace; absent: the default one in Documents. */
  workspacePath?: string
  windowBounds?: WindowBounds
}

const workspacePathSchema = z.string().min(1).refine(isAbsolute)
const windowBoundsSchema = z.object({
  x: z.number(),
  y: z.number(),
  width: z.number().positive(),
  height: z.number().positive(),
  maximized: z.boolean()
})

/** Keeps each field that is valid on its own: a bad window size must not forget the workspace. */
function sanitize(raw: unknown): AppSettingsData {
  const data: AppSettingsData = {}
  if (typeof raw !== 'object' || raw === null) return data
  const obj = raw as Record<string, unknown>
  const ws = workspacePathSchema.safeParse(obj.workspacePath)
  if (ws.success) data.workspacePath = ws.data
  const wb = windowBoundsSchema.safeParse(obj.windowBounds)
  if (wb.success) data.windowBounds = wb.data
  return data
}

/**
 * The app's own settings, a small JSON file in the app data folder (never in the workspace,
 * which other devices share). A missing or corrupt file gives defaults; saves are atomic, so
 * a crash mid-save leaves the previous settings intact. Main and the services share one
 * instance (createServices exposes it), so neither overwrites the other's fields.
 */
export class AppSettings {
  private data: AppSettingsData
  private saving: Promise<void> = Promise.resolve()

  private constructor(
    readonly filePath: string,
    data: AppSettingsData
  ) {
    this.data = data
  }

  static async load(filePath: string, log: Logger = console): Promise<AppSettings> {
    let data: AppSettingsData = {}
    try {
      data = sanitize(JSON.parse(await readFile(filePath, 'utf8')))
    } catch (err) {
      if (errorCode(err) !== 'ENOENT') {
        log.warn(`Settings at ${filePath} could not be read; using defaults.`, err instanceof Error ? err.message : err)
      }
    }
    return new AppSettings(filePath, data)
  }

  get(): AppSettingsData {
    return structuredClone(this.data)
  }

  /** Merges the patch (a key set to undefined is removed) and saves atomically. */
  update(patch: Partial<AppSettingsData>): Promise<void> {
    const next: Record<string, unknown> = { ...this.data }
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined) delete next[key]
      else next[key] = value
    }
    this.data = sanitize(next)
    const text = JSON.stringify(this.data, null, 2) + '\n'
    // Saves are queued so the last update is the one that stays on disk.
    const run = this.saving.then(() => atomicWriteFile(this.filePath, text))
    this.saving = run.catch(() => undefined)
    return run
  }

  /** Resolves once every save started so far has finished (failed saves were already reported). */
  flush(): Promise<void> {
    return this.saving
  }
}
