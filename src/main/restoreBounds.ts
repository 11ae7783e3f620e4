import { screen } from 'electron'
import type { WindowBounds } from './services/settings/AppSettings'

/** The saved window position if it is still on a connected display; else a centred default. */
export function restoreBounds(saved: WindowBounds | undefined): { x?: number; y?: number; width: number; height: number } {
  const fallback = { width: 1360, height: 860 }
  if (!saved) return fallback
  const visible = screen.getAllDisplays().some(({ workArea: a }) =>
    saved.x < a.x + a.width - 80 && saved.x + saved.width > a.x + 80 && saved.y >= a.y - 20 && saved.y < a.y + a.height - 80
  )
  return visible ? { x: saved.x, y: saved.y, width: saved.width, height: saved.height } : { ...fallback, width: saved.width, height: saved.height }
}
