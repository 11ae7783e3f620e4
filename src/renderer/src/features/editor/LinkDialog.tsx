import { useState } from 'react'
import type { Editor } from '@tiptap/core'
import { isSafeHref } from '../../../../core/model/isSafeHref'
import { useApp } from '../../app/AppContext'
import { Modal } from '../../app/Modal'

/** Mod-K: add, change or remove the link on the selection. Only http(s) and mailto are accepted. */
export function LinkDialog({ editor }: { editor: Editor }): React.JSX.Element {
  const { dispatch } = useApp()
  const [url, setUrl] = useState(() => String(editor.getAttributes('link').href ?? ''))
  const [error, setError] = useState<string | null>(null)
  const close = (): void => {
    dispatch({ type: 'dialog', dialog: null })
    editor.commands.focus()
  }
  const apply = (): void => {
    const value = url.trim()
    if (!value) {
      editor.chain().focus().extendMarkRange('link').unsetLink().run()
      return close()
    }
    const href = /^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`
    if (!isSafeHref(href)) return setError('Only web (http, https) and mailto links are allowed.')
    if (editor.state.selection.empty && !editor.isActive('link')) {
      editor.chain().focus().insertContent({ type: 'text', text: value, marks: [{ type: 'link', attrs: { href } }] }).run()
    } else {
      editor.chain().focus().extendMarkRange('link').setLink({ href }).run()
    }
    close()
  }
  return (
    <Modal title="Link" onClose={close}>
      <form
        onSubmit={(e) => {
          e.preventDefault()
          apply()
        }}
      >
        <label className="field">
          <span>Address</span>
          <input autoFocus value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://…" aria-invalid={!!error} />
        </label>
        {error && <p className="field-error" role="alert">{error}</p>}
        <div className="dialog-actions">
          <button type="button" onClick={close}>Cancel</button>
          <button type="submit" className="primary">{url.trim() ? 'Apply' : 'Remove link'}</button>
        </div>
      </form>
    </Modal>
  )
}
