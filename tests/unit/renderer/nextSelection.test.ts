import { describe, expect, it } from 'vitest'
import { nextSelection } from '../../../src/renderer/src/features/library/nextSelection'

const ORDER = ['a', 'b', 'c', 'd', 'e']

describe('library selection gestures', () => {
  it('a plain click selects one row and anchors there', () => {
    expect(nextSelection({ ids: ['a', 'b'], anchorId: 'a' }, ORDER, 'd', 'only')).toEqual({ ids: ['d'], anchorId: 'd' })
  })

  it('Ctrl/Cmd+click toggles a row in and out and moves the anchor', () => {
    let s = nextSelection({ ids: ['b'], anchorId: 'b' }, ORDER, 'd', 'toggle')
    expect(s).toEqual({ ids: ['b', 'd'], anchorId: 'd' })
    s = nextSelection(s, ORDER, 'b', 'toggle')
    expect(s).toEqual({ ids: ['d'], anchorId: 'b' })
  })

  it('Shift+click selects from the anchor to the row, either way, in list order', () => {
    expect(nextSelection({ ids: ['b'], anchorId: 'b' }, ORDER, 'd', 'range')).toEqual({ ids: ['b', 'c', 'd'], anchorId: 'b' })
    expect(nextSelection({ ids: ['d'], anchorId: 'd' }, ORDER, 'a', 'range')).toEqual({ ids: ['a', 'b', 'c', 'd'], anchorId: 'd' })
    // A second Shift+click re-ranges from the same anchor (it does not add up).
    expect(nextSelection({ ids: ['b', 'c', 'd'], anchorId: 'b' }, ORDER, 'c', 'range')).toEqual({ ids: ['b', 'c'], anchorId: 'b' })
  })

  it('Ctrl+Shift+click adds the range to the selection', () => {
    expect(nextSelection({ ids: ['a', 'e'], anchorId: 'c' }, ORDER, 'd', 'addRange')).toEqual({ ids: ['a', 'e', 'c', 'd'], anchorId: 'c' })
  })

  it('an anchor no longer listed (filtered out, trashed) starts the range at the row itself', () => {
    expect(nextSelection({ ids: ['x'], anchorId: 'x' }, ORDER, 'c', 'range')).toEqual({ ids: ['c'], anchorId: 'c' })
    expect(nextSelection({ ids: [], anchorId: null }, ORDER, 'b', 'range')).toEqual({ ids: ['b'], anchorId: 'b' })
  })
})
