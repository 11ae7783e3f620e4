import { useEffect, useRef, useState } from 'react'

/**
 * A text field's own copy of a stored value while the desk types in it: committed after a
 * pause, on blur and when the field goes away, never once per keystroke; a change from outside
 * (another device, the Checks' one-click fix) shows up as long as the field is not being edited.
 */
export function useDraft(
  value: string,
  commit: (value: string) => void,
  delayMs = 700
): { draft: string; change: (next: string) => void; flush: () => void; blur: () => void } {
  const [draft, setDraft] = useState(value)
  const draftRef = useRef(value)
  const committed = useRef(value)
  const editing = useRef(false)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const commitRef = useRef(commit)
  commitRef.current = commit

  const flush = (): void => {
    clearTimeout(timer.current)
    if (draftRef.current === committed.current) return
    committed.current = draftRef.current
    commitRef.current(draftRef.current)
  }
  const flushRef = useRef(flush)
  flushRef.current = flush

  useEffect(() => {
    committed.current = value
    if (!editing.current) {
      draftRef.current = value
      setDraft(value)
    }
  }, [value])
  useEffect(() => () => flushRef.current(), [])

  return {
    draft,
    change: (next) => {
      editing.current = true
      draftRef.current = next
      setDraft(next)
      clearTimeout(timer.current)
      timer.current = setTimeout(() => flushRef.current(), delayMs)
    },
    flush,
    blur: () => {
      flush()
      editing.current = false
    }
  }
}
