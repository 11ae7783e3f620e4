import { describe, expect, it } from 'vitest'
import { TestDialogPort } from '../../../src/main/services/ports/TestDialogPort'

describe('TestDialogPort', () => {
  it('answers queued answers in order, then null (cancelled)', async () => {
    const dialog = new TestDialogPort()
    dialog.answerOpenFiles(['/a.txt', '/b.md'])
    dialog.answerOpenFiles(null)
    dialog.answerChooseFolder('/ws')
    const filters = [{ name: 'Articles', extensions: ['txt'] }]
    expect(await dialog.openFiles({ purpose: 'open', filters })).toEqual(['/a.txt', '/b.md'])
    expect(await dialog.openFiles({ purpose: 'import', filters })).toBeNull()
    expect(await dialog.openFiles({ purpose: 'open', filters })).toBeNull()
    expect(await dialog.chooseFolder()).toBe('/ws')
    expect(await dialog.chooseFolder()).toBeNull()
    expect(dialog.openFilesCalls.map((c) => c.purpose)).toEqual(['open', 'import', 'open'])
    expect(dialog.chooseFolderCalls).toBe(2)
  })
})
