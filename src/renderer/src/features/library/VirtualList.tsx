import { useLayoutEffect, useRef, useState, type ReactNode } from 'react'

interface Props<T> {
  items: readonly T[]
  rowHeight: number
  renderRow: (item: T, index: number) => ReactNode
  /** Index to keep in view (the selected row). */
  activeIndex: number
  className?: string
  /** For a combobox that controls the list (aria-controls). */
  id?: string
  label: string
  /** Several rows can be selected at once (aria-multiselectable). */
  multiselectable?: boolean
  onKeyDown?: (e: React.KeyboardEvent<HTMLDivElement>) => void
  /** Told which items are rendered (`first` to `last`, exclusive), whenever that changes: rows can be read for those only. */
  onRange?: (first: number, last: number) => void
}

const OVERSCAN = 8

/** Renders only the rows in view, so a library of 10,000 articles scrolls and loads fast. */
export function VirtualList<T>(props: Props<T>): React.JSX.Element {
  const { items, rowHeight, renderRow, activeIndex, className, id, label, multiselectable, onKeyDown, onRange } = props
  const ref = useRef<HTMLDivElement>(null)
  const [view, setView] = useState({ top: 0, height: 800 })

  useLayoutEffect(() => {
    const el = ref.current
    if (!el) return
    const measure = (): void => setView({ top: el.scrollTop, height: el.clientHeight })
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(el)
    el.addEventListener('scroll', measure, { passive: true })
    return () => {
      observer.disconnect()
      el.removeEventListener('scroll', measure)
    }
  }, [])

  useLayoutEffect(() => {
    const el = ref.current
    if (!el || activeIndex < 0) return
    const top = activeIndex * rowHeight
    if (top < el.scrollTop) el.scrollTop = top
    else if (top + rowHeight > el.scrollTop + el.clientHeight) el.scrollTop = top + rowHeight - el.clientHeight
  }, [activeIndex, rowHeight])

  const first = Math.max(0, Math.floor(view.top / rowHeight) - OVERSCAN)
  const last = Math.min(items.length, Math.ceil((view.top + view.height) / rowHeight) + OVERSCAN)
  // Before paint, so the rows of a new range are asked for in the same frame.
  useLayoutEffect(() => onRange?.(first, last), [onRange, first, last])
  return (
    <div
      ref={ref}
      id={id}
      className={className}
      role="listbox"
      aria-label={label}
      aria-multiselectable={multiselectable || undefined}
      tabIndex={0}
      data-focus="library"
      aria-activedescendant={activeIndex >= 0 ? `row-${activeIndex}` : undefined}
      onKeyDown={onKeyDown}
    >
      <div style={{ height: items.length * rowHeight, position: 'relative' }}>
        {items.slice(first, last).map((item, i) => (
          <div key={first + i} style={{ position: 'absolute', top: (first + i) * rowHeight, height: rowHeight, left: 0, right: 0 }}>
            {renderRow(item, first + i)}
          </div>
        ))}
      </div>
    </div>
  )
}
