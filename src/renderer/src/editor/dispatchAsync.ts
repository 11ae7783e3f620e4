import type { Transaction } from '@tiptap/pm/state'
import type { EditorView } from '@tiptap/pm/view'

/**
 * Dispatches a transaction built outside an input event (a timer, a worker's answer).
 *
 * A shift+arrow moves the DOM selection at once but ProseMirror reads it on the later
 * "selectionchange" event. A decoration update landing between the two would redraw and
 * put the old selection back, so the keystroke is lost. Reading the DOM first closes that
 * gap; the transaction is built afterwards, from the state that includes it.
 */
export function dispatchAsync(view: EditorView, build: (view: EditorView) => Transaction | null): void {
  if (view.isDestroyed) return
  readPendingDom(view)
  const tr = build(view)
  if (tr) view.dispatch(tr)
}

/** Lets ProseMirror take in DOM changes and selection moves it has not read yet. */
export function readPendingDom(view: EditorView): void {
  // domObserver is ProseMirror's own reader of DOM changes; it is not part of the typed API.
  ;(view as unknown as { domObserver?: { flush?: () => void } }).domObserver?.flush?.()
}
