import { useDeferredValue, useMemo } from 'react'
import type { Editor } from '@tiptap/core'
import { useEditorState } from '@tiptap/react'
import { findSpellingVariants } from '../../../../core/suggest/findSpellingVariants'
import { suggest } from '../../../../core/suggest/suggest'
import { docText } from '../../editor/docText'
import { currentRegistryIndex } from '../../sync/registryIndex'

/**
 * The same name spelled two ways in the open article ("Araqchi" / "Arakchi"): a warning with a
 * one-click fix that rewrites the other spellings to the registry's (or the more frequent) one.
 */
export function SpellingVariants({ editor }: { editor: Editor }): React.JSX.Element | null {
  // Deferred: a long article is re-read after typing pauses, not on every keystroke.
  const doc = useDeferredValue(useEditorState({ editor, selector: ({ editor: e }) => e?.state.doc }))
  const variants = useMemo(() => {
    if (!doc) return []
    const { text, toPos } = docText(doc)
    const registry = currentRegistryIndex()
    return findSpellingVariants(text, suggest(text, registry).entities, registry).map((v) => ({
      preferred: v.preferred,
      others: v.mentions.filter((m) => m.text !== v.preferred).map((m) => ({ ...m, from: toPos(m.start), to: toPos(m.end) })),
      spellings: [...new Set(v.mentions.map((m) => m.text))]
    }))
  }, [doc])
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
            <span>
              Spelled two ways: {v.spellings.map((s) => `“${s}”`).join(' and ')}.
            </span>
          </div>
          <button type="button" className="primary" onClick={() => fix(v.others, v.preferred)}>
            Use “{v.preferred}” everywhere
          </button>
        </li>
      ))}
    </ul>
  )
}
