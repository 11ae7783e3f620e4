import { describe, expect, it } from 'vitest'
import { restoreBounds } from '../../../src/main/services/window/restoreBounds'

const laptop = { x: 0, y: 0, width: 1440, height: 900 }
const external = { x: 1440, y: 0, width: 2560, height: 1440 }

describe('restoreBounds', () => {
  it('opens a first window at a default size', () => {
    expect(restoreBounds(undefined, [laptop])).toEqual({ width: 1360, height: 860 })
  })

  it('puts the window back where it was while that place is on a display', () => {
    const saved = { x: 1600, y: 100, width: 1200, height: 800, maximized: false }
    expect(restoreBounds(saved, [laptop, external])).toEqual({ x: 1600, y: 100, width: 1200, height: 800 })
  })

  it('keeps only the size when the display it was on is gone', () => {
    const saved = { x: 1600, y: 100, width: 1200, height: 800, maximized: false }
    expect(restoreBounds(saved, [laptop])).toEqual({ width: 1200, height: 800 })
  })
})
