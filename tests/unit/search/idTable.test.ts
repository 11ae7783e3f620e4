import { describe, expect, it } from 'vitest'
import { IdTable } from '../../../src/renderer/src/search/IdTable'

const answer = (slots: number[], epoch: string, from: number, ids: string[]) => ({
  slots: Int32Array.from(slots),
  table: { epoch, from, to: from + ids.length, ids: ids.join('\n') }
})

describe('IdTable', () => {
  it('reads the slots of answers with what they brought of the table, and says what it holds', () => {
    const table = new IdTable()
    expect(table.state()).toBeUndefined()
    expect(table.read(answer([2, 0], 'e1', 0, ['a', 'b', 'c']))).toEqual(['c', 'a'])
    expect(table.state()).toEqual({ epoch: 'e1', length: 3 })
    expect(table.read(answer([1], 'e1', 3, []))).toEqual(['b'])
    // A slot added (an edit), a slot left empty (''): only the new part comes.
    expect(table.read(answer([3, 0], 'e1', 3, ['d']))).toEqual(['d', 'a'])
    expect(table.read(answer([], 'e1', 4, ['', 'e']))).toEqual([])
    expect(table.state()).toEqual({ epoch: 'e1', length: 6 })
  })

  it('starts over with a new epoch, and still reads a late answer of the one before', () => {
    const table = new IdTable()
    table.read(answer([0], 'e1', 0, ['a', 'b']))
    expect(table.read(answer([0, 1], 'e2', 0, ['b', 'x']))).toEqual(['b', 'x'])
    expect(table.state()).toEqual({ epoch: 'e2', length: 2 })
    expect(table.read(answer([1], 'e1', 2, []))).toEqual(['b'])
  })

  it('refuses an answer it cannot read', () => {
    const table = new IdTable()
    expect(() => table.read(answer([0], 'e9', 5, ['z']))).toThrow(/id table/)
    table.read(answer([0], 'e1', 0, ['a']))
    expect(() => table.read(answer([4], 'e1', 1, []))).toThrow(/slot/)
  })
})
