import { useCallback, useEffect, useState } from 'react'

interface Props {
  /** The CSS variable on .app that holds the pane width. */
  variable: '--library-width' | '--inspector-width'
  label: string
  /** The pane grows when the handle moves right (library) or left (inspector). */
  grows: 'right' | 'left'
  min: number
  max: number
  initial: number
}

const STEP = 16

/** A drag handle (and keyboard separator) that resizes a side pane; the width is remembered. */
export function Splitter({ variable, label, grows, min, max, initial }: Props): React.JSX.Element {
  const key = `copydesk${variable}`
  const [width, setWidth] = useState(() => {
    const saved = Number(localStorage.getItem(key))
    return saved >= min && saved <= max ? saved : initial
  })
  const apply = useCallback((w: number) => setWidth(Math.round(Math.min(max, Math.max(min, w)))), [min, max])

  useEffect(() => {
    document.querySelector<HTMLElement>('.app')?.style.setProperty(variable, `${width}px`)
    localStorage.setItem(key, String(width))
  }, [variable, key, width])

  const onPointerDown = (e: React.PointerEvent<HTMLDivElement>): void => {
    e.preventDefault()
    const startX = e.clientX
    const startWidth = width
    const handle = e.currentTarget
    handle.setPointerCapture(e.pointerId)
    const move = (ev: PointerEvent): void => {
      const dx = ev.clientX - startX
      apply(startWidth + (grows === 'right' ? dx : -dx))
    }
    const up = (): void => {
      handle.removeEventListener('pointermove', move)
      handle.removeEventListener('pointerup', up)
    }
    handle.addEventListener('pointermove', move)
    handle.addEventListener('pointerup', up)
  }

  return (
    <div
      className={`splitter splitter-${grows === 'right' ? 'end' : 'start'}`}
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuemin={min}
      aria-valuemax={max}
      aria-valuenow={width}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onDoubleClick={() => apply(initial)}
      onKeyDown={(e) => {
        const sign = grows === 'right' ? 1 : -1
        if (e.key === 'ArrowRight') apply(width + STEP * sign)
        else if (e.key === 'ArrowLeft') apply(width - STEP * sign)
        else return
        e.preventDefault()
      }}
    />
  )
}
