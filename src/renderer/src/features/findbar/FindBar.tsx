import { useEffect, useRef, useState } from 'react'
import type { Editor } from '@tiptap/core'
import { useEditorState } from '@tiptap/react'
import { ChevronDown, ChevronUp, X } from 'lucide-react'
import { useApp } from '../../app/AppContext'
import { getFindState } from '../../editor/FindReplace'

/** Mod-F / Mod-H: find (and replace) in the open article; Enter steps, Escape closes. */
export function FindBar({ editor, replace }: { editor: Editor; replace: boolean }): React.JSX.Element {
  const { dispatch } = useApp()
  const [query, setQuery] = useState('')
  const [replacement, setReplacement] = useState('')
  const [caseSensitive, setCaseSensitive] = useState(false)
  const input = useRef<HTMLInputElement>(null)
  const counts = useEditorState({
    editor,
    selector: ({ editor: e }) => {
      const s = e ? getFindState(e.state) : undefined
      return { total: s?.matches.length ?? 0, current: s && s.matches.length ? s.current + 1 : 0 }
    }
  })

  useEffect(() => {
    input.current?.focus()
    input.current?.select()
  }, [replace])
  useEffect(() => {
    editor.commands.setFindQuery(query, caseSensitive)
  }, [editor, query, caseSensitive])
  useEffect(() => () => void editor.commands.setFindQuery(''), [editor])

  const close = (): void => {
    dispatch({ type: 'closeFind' })
    editor.commands.focus()
  }
  return (
    <div
      className="find-bar"
      role="search"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault()
          close()
        }
      }}
    >
      <input
        ref={input}
        aria-label="Find"
        placeholder="Find"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault()
            if (e.shiftKey) editor.commands.findPrevious()
            else editor.commands.findNext()
          }
        }}
      />
      <span className="find-count" aria-live="polite" data-testid="find-count">
        {query ? `${counts?.current ?? 0} of ${counts?.total ?? 0}` : ''}
      </span>
      <label className="find-case">
        <input type="checkbox" checked={caseSensitive} onChange={(e) => setCaseSensitive(e.target.checked)} /> Aa
      </label>
      <button type="button" className="tool" aria-label="Previous match" onClick={() => editor.commands.findPrevious()}>
        <ChevronUp size={16} aria-hidden="true" />
      </button>
      <button type="button" className="tool" aria-label="Next match" onClick={() => editor.commands.findNext()}>
        <ChevronDown size={16} aria-hidden="true" />
      </button>
      {replace && (
        <>
          <input
            aria-label="Replace with"
            placeholder="Replace with"
            value={replacement}
            onChange={(e) => setReplacement(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault()
                editor.commands.replaceCurrent(replacement)
              }
            }}
          />
          <button type="button" onClick={() => editor.commands.replaceCurrent(replacement)}>Replace</button>
          <button type="button" onClick={() => editor.commands.replaceAll(replacement)}>Replace all</button>
        </>
      )}
      <button type="button" className="tool" aria-label="Close find" onClick={close}>
        <X size={16} aria-hidden="true" />
      </button>
    </div>
  )
}
