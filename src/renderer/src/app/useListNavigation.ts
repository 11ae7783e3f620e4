import { useState } from 'react'

/**
 * The highlighted row of a combobox's option list: Arrow keys move it (clamped to the list),
 * typing resets it. `onArrowKey` returns true when it handled the key.
 */
export function useListNavigation(count: number): {
  active: number
  setIndex: (i: number) => void
  reset: () => void
  onArrowKey: (e: React.KeyboardEvent) => boolean
} {
  const [index, setIndex] = useState(0)
  const active = Math.min(index, Math.max(0, count - 1))
  const onArrowKey = (e: React.KeyboardEvent): boolean => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return false
    e.preventDefault()
    setIndex(e.key === 'ArrowDown' ? Math.min(count - 1, active + 1) : Math.max(0, active - 1))
    return true
  }
  return { active, setIndex, reset: () => setIndex(0), onArrowKey }
}
