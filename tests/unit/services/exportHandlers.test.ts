import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { wrapHandlerTable } from '../../../src/core/bridge/wrapHandlerTable'
import { createHandlerTable } from '../../../src/main/services/createHandlerTable'
import { exportPath, writeExportFiles } from '../../../src/main/services/export/exportFiles'
import { writeNewFile } from '../../../src/main/services/export/writeNewFile'
import { TestDialogPort } from '../../../src/main/services/ports/TestDialogPort'
import { captureLog } from './helpers/captureLog'
import { tempDirs } from './helpers/tempDirs'

const tmp = tempDirs()

async function harness() {
  const dialog = new TestDialogPort()
  const invoke = wrapHandlerTable(
    createHandlerTable({ appDataDir: await tmp(), documentsDir: await tmp(), sampleDir: await tmp(), dialog, shell: { openExternal: async () => {} }, log: captureLog() })
  )
  return { dialog, invoke }
}

describe('export channels', () => {
  it('write only into a folder chosen in the dialog, report existing files, and replace them only when told to', async () => {
    const { dialog, invoke } = await harness()
    const folder = await tmp()
    await writeFile(join(folder, 'a.nitf.xml'), 'old')

    // Before the user picked the folder, main writes nothing there.
    await expect(invoke('export:write', { folder, files: [{ name: 'b.md', content: 'x' }], overwrite: false })).rejects.toThrow(/chosen in the folder dialog/)

    dialog.answerChooseFolder(folder)
    expect(await invoke('export:chooseFolder', {})).toEqual({ folder })
    expect(await invoke('export:existing', { folder, names: ['a.nitf.xml', 'a.md'] })).toEqual({ existing: ['a.nitf.xml'] })

    const first = await invoke('export:write', { folder, files: [{ name: 'a.nitf.xml', content: 'new' }, { name: 'a.md', content: 'md' }], overwrite: false })
    expect(first).toEqual({ written: ['a.md'], existing: ['a.nitf.xml'] })
    expect(await readFile(join(folder, 'a.nitf.xml'), 'utf8')).toBe('old')

    expect(await invoke('export:write', { folder, files: [{ name: 'a.nitf.xml', content: 'new' }], overwrite: true })).toEqual({ written: ['a.nitf.xml'], existing: [] })
    expect(await readFile(join(folder, 'a.nitf.xml'), 'utf8')).toBe('new')
    // No temporary files are left behind.
    expect((await readdir(folder)).sort()).toEqual(['a.md', 'a.nitf.xml'])

    // A cancelled dialog answers null.
    expect(await invoke('export:chooseFolder', {})).toEqual({ folder: null })
  })

  it('refuse names that would leave the folder', async () => {
    const { dialog, invoke } = await harness()
    const folder = await tmp()
    dialog.answerChooseFolder(folder)
    await invoke('export:chooseFolder', {})
    for (const name of ['../x.md', 'sub/x.md', '.hidden', '..', 'a\\b.md', '/etc/passwd', 'x..md']) {
      await expect(invoke('export:write', { folder, files: [{ name, content: 'x' }], overwrite: true }), name).rejects.toThrow(/plain file name/)
    }
    expect(() => exportPath(folder, '../x.md')).toThrow(/outside the export folder/)
    await expect(writeExportFiles(folder, [{ name: 'ok/../../x.md', content: 'x' }], true)).rejects.toThrow(/outside the export folder/)
    expect(await readdir(folder)).toEqual([])
  })

  it('writeNewFile never replaces a file and leaves no temporary file', async () => {
    const dir = await tmp()
    await mkdir(join(dir, 'out'))
    expect(await writeNewFile(join(dir, 'out', 'a.txt'), 'one')).toBe(true)
    expect(await writeNewFile(join(dir, 'out', 'a.txt'), 'two')).toBe(false)
    expect(await readFile(join(dir, 'out', 'a.txt'), 'utf8')).toBe('one')
    expect(await writeNewFile(join(dir, 'new', 'b.txt'), 'b')).toBe(true)
    expect(await readdir(join(dir, 'out'))).toEqual(['a.txt'])
  })
})
