import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { atomicWriteFile } from '../../../src/main/services/fs/atomicWriteFile'
import { tempDirs } from './helpers/tempDirs'

const tmp = tempDirs()

describe('atomicWriteFile', () => {
  it('creates parent folders and writes strings as UTF-8', async () => {
    const dir = await tmp()
    const file = join(dir, 'a', 'b', 'x.md')
    await atomicWriteFile(file, '“Russia has really supported Iran,” he said.\n')
    expect(await readFile(file, 'utf8')).toBe('“Russia has really supported Iran,” he said.\n')
  })

  it('replaces an existing file and leaves no temp files behind', async () => {
    const dir = await tmp()
    const file = join(dir, 'x.md')
    await writeFile(file, 'old')
    await atomicWriteFile(file, new TextEncoder().encode('new bytes'))
    expect(await readFile(file, 'utf8')).toBe('new bytes')
    expect(await readdir(dir)).toEqual(['x.md'])
  })

  it('serialises concurrent writes to one file: the last call wins', async () => {
    const dir = await tmp()
    const file = join(dir, 'x.md')
    await Promise.all(Array.from({ length: 20 }, (_, i) => atomicWriteFile(file, `version ${i}`)))
    expect(await readFile(file, 'utf8')).toBe('version 19')
    expect(await readdir(dir)).toEqual(['x.md'])
  })
})
