const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform)

/**
 * Whether a key event is the given Electron accelerator ("CmdOrCtrl+Shift+8"). Digits match by
 * physical key so Shift+8 works on any layout; letters and named keys match by key.
 */
export function matchAccelerator(accelerator: string, e: KeyboardEvent): boolean {
  const parts = accelerator.split('+')
  const key = parts.pop()!
  const want = { ctrl: false, meta: false, alt: false, shift: false }
  for (const p of parts) {
    if (p === 'CmdOrCtrl') want[isMac ? 'meta' : 'ctrl'] = true
    else if (p === 'Ctrl') want.ctrl = true
    else if (p === 'Cmd') want.meta = true
    else if (p === 'Alt') want.alt = true
    else if (p === 'Shift') want.shift = true
  }
  if (e.ctrlKey !== want.ctrl || e.metaKey !== want.meta || e.altKey !== want.alt || e.shiftKey !== want.shift) {
    return false
  }
  if (/^\d$/.test(key)) return e.code === `Digit${key}`
  if (key.length === 1) return e.key.toLowerCase() === key.toLowerCase() || e.code === `Key${key.toUpperCase()}`
  return e.key === key
}

/** The accelerator as a person reads it on this platform ("Ctrl+Shift+P", "⌘⇧P"). */
export function formatAccelerator(accelerator: string): string {
  if (!isMac) return accelerator.replace('CmdOrCtrl', 'Ctrl')
  return accelerator
    .replace('CmdOrCtrl+', '⌘')
    .replace('Shift+', '⇧')
    .replace('Alt+', '⌥')
}
