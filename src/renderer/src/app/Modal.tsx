import { useEffect, useRef, type ReactNode } from 'react'

interface Props {
  title: string
  onClose: () => void
  wide?: boolean
  children: ReactNode
}

/** A modal dialog: labelled, closes on Escape or a click outside, returns focus where it was. */
export function Modal({ title, onClose, wide, children }: Props): React.JSX.Element {
  const previous = useRef<Element | null>(document.activeElement)
  const closeRef = useRef(onClose)
  closeRef.current = onClose
  // Once per open dialog (not per render), so focus goes back only when it really closes.
  useEffect(() => {
    const before = previous.current
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Escape') {
        e.stopPropagation()
        closeRef.current()
      }
    }
    window.addEventListener('keydown', onKey, true)
    return () => {
      window.removeEventListener('keydown', onKey, true)
      if (before instanceof HTMLElement) before.focus()
    }
  }, [])
  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className={wide ? 'modal modal-wide' : 'modal'} role="dialog" aria-modal="true" aria-label={title}>
        <h2 className="modal-title">{title}</h2>
        {children}
      </div>
    </div>
  )
}
