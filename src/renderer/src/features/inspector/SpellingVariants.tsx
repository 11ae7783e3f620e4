import type { Editor } from '@tiptap/core'
import { useEditorState } from '@tiptap/react'
import { getSpellingVariants } from '../../editor/Suggestions'

/**
 * The same name spelled two ways in the open article ("Araqchi" / "Arakchi"): a warning with a
 * one-click fix that rewrites the other spellings to the registry's (or the more frequent) one.
 * The variants come from the editor's suggestion pass, which runs after a pause in typing.
 */
export function SpellingVariants({ editor }: { editor: Editor }): React.JSX.Element | null {
  const variants = useEditorState({ editor, selector: ({ editor: e }) => (e ? getSpellingVariants(e.state) : undefined) }) ?? []
  if (variants.length === 0) return null
  const fix = (others: { from: number; to: number; text: string }[], preferred: string): void => {
    const tr = editor.state.tr
    // Back to front, so earlier positions stay valid; marks on the words are kept.
    for (const m of [...others].sort((a, b) => b.from - a.from)) {
      if (tr.doc.textBetween(m.from, m.to) === m.text) tr.insertText(preferred, m.from, m.to)
    }
    editor.view.dispatch(tr)
  }
  return (
    <ul className="findings" aria-label="Spelling variants">
      {variants.map((v) => (
        <li key={v.spellings.join('/')} className="finding finding-warning" data-testid="spelling-variant">
          <div className="finding-body">
            <span className="finding-severity">warning</span>
            <span>Spelled two ways: {v.spellings.map((s) => `“${s}”`).join(' and ')}.</span>
          </div>
          <button type="button" className="primary" onClick={() => fix(v.others, v.preferred)}>
            Use “{v.preferred}” everywhere
          </button>
        </li>
      ))}
    </ul>
  )
}
