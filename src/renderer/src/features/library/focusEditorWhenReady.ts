import type { RefObject } from 'react'
import type { Editor } from '@tiptap/core'

/**
 * Focuses the editor of the article just selected: it may not be mounted yet (the editor pane
 * loads the article first), so this waits a few frames for a new editor to appear.
 */
export function focusEditorWhenReady(editorRef: RefObject<Editor | null>, previous: Editor | null, timeoutMs = 2000): void {
  const until = performance.now() + timeoutMs
  const attempt = (): void => {
    const editor = editorRef.current
    if (editor && editor !== previous && !editor.isDestroyed) {
      editor.view.focus()
      editor.view.dispatch(editor.state.tr.scrollIntoView())
      return
    }
    if (performance.now() < until) requestAnimationFrame(attempt)
  }
  attempt()
}
