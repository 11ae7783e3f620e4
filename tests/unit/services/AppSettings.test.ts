import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AppSettings } from '../../../src/main/services/settings/AppSettings'
import { captureLog } from './helpers/captureLog'
import { tempDirs } from './helpers/tempDirs'

const tmp = tempDirs()
const bounds = { x: 10, y: 20, width: 1200, height: 800, maximized: false }

describe('AppSettings', () => {
  it('starts with defaults when there is no file, and saves atomically', async () => {
    const file = join(await tmp(), 'nested', 'settings.json')
    const settings = await AppSettings.load(file, captureLog())
    expect(settings.get()).toEqual({})
    await settings.update({ workspacePath: '/home/ed/News', windowBounds: bounds })
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ workspacePath: '/home/ed/News', windowBounds: bounds })
    expect((await AppSettings.load(file, captureLog())).get()).toEqual({ workspacePath: '/home/ed/News', windowBounds: bounds })
  })

  it('merges updates; undefined removes a key', async () => {
    const file = join(await tmp(), 'settings.json')
    const settings = await AppSettings.load(file, captureLog())
    await settings.update({ workspacePath: '/ws' })
    await settings.update({ windowBounds: { ...bounds, maximized: true } })
    expect(settings.get()).toEqual({ workspacePath: '/ws', windowBounds: { ...bounds, maximized: true } })
    await settings.update({ workspacePath: undefined })
    expect((await AppSettings.load(file, captureLog())).get()).toEqual({ windowBounds: { ...bounds, maximized: true } })
  })

  it('a corrupt file gives defaults and a log line, never a crash', async () => {
    const file = join(await tmp(), 'settings.json')
    await writeFile(file, '{ "workspacePath": "/ws", ')
    const log = captureLog()
    expect((await AppSettings.load(file, log)).get()).toEqual({})
    expect(log.messages[0]?.message).toMatch(/could not be read; using defaults/)
  })

  it('keeps the valid fields of a partly invalid file', async () => {
    const file = join(await tmp(), 'settings.json')
    await writeFile(file, JSON.stringify({ workspacePath: '/ws', windowBounds: { x: 'left' } }))
    expect((await AppSettings.load(file, captureLog())).get()).toEqual({ workspacePath: '/ws' })
    await writeFile(file, JSON.stringify({ workspacePath: 'relative/path', windowBounds: bounds }))
    expect((await AppSettings.load(file, captureLog())).get()).toEqual({ windowBounds: bounds })
  })

  it('get() returns a copy that callers cannot use to change the settings', async () => {
    const settings = await AppSettings.load(join(await tmp(), 'settings.json'), captureLog())
    await settings.update({ windowBounds: bounds })
    const copy = settings.get()
    copy.windowBounds!.width = 1
    expect(settings.get().windowBounds?.width).toBe(1200)
  })
})
