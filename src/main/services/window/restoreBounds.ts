import type { WindowBounds } from '../settings/AppSettings'

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

const DEFAULT_SIZE = { width: 1360, height: 860 }
/** How much of the title bar must be on a display for the window to count as reachable. */
const GRIP = 80

/**
 * Where to open the window: the saved bounds if enough of the window is still on one of the
 * connected displays (a laptop undocked from its second screen must not open off-screen);
 * otherwise the saved size, centred by the OS.
 */
export function restoreBounds(saved: WindowBounds | undefined, workAreas: Rect[]): Partial<Rect> & { width: number; height: number } {
  if (!saved) return { ...DEFAULT_SIZE }
  const reachable = workAreas.some(
    (a) =>
      saved.x < a.x + a.width - GRIP &&
      saved.x + saved.width > a.x + GRIP &&
      saved.y >= a.y - 20 &&
      saved.y < a.y + a.height - GRIP
  )
  return reachable
    ? { x: saved.x, y: saved.y, width: saved.width, height: saved.height }
    : { width: saved.width, height: saved.height }
}
