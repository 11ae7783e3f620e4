import { useLiveQuery } from 'dexie-react-hooks'
import { runChecks } from '../../../../core/checks/runChecks'
import { useApp } from '../../app/AppContext'
import type { ArticleRow } from '../../db/ArticleRow'
import { db } from '../../db/db'
import { toArticle } from '../../db/toArticle'
import { SpellingVariants } from './SpellingVariants'

/** Preflight findings for the open article; each jumps to its place. */
export function ChecksTab({ row }: { row: ArticleRow }): React.JSX.Element {
  const { editorRef, headlineRef } = useApp()
  const findings = useLiveQuery(async () => {
    const doc = await db.articleDocs.get(row.id)
    return doc ? runChecks(toArticle(row, doc.body)) : []
  }, [row])
  const editor = editorRef.current
  const variants = editor && !row.trashed ? <SpellingVariants editor={editor} /> : null
  if (!findings) return <p className="muted">Checking…</p>
  if (findings.length === 0)
    return (
      <>
        {variants}
        <p className="ok-line">No open checks.</p>
      </>
    )
  const jump = (blockIndex: number | undefined): void => {
    const editor = editorRef.current
    if (blockIndex === undefined || !editor) {
      headlineRef.current?.focus()
      return
    }
    let pos = 0
    editor.state.doc.forEach((_node, offset, index) => {
      if (index === blockIndex) pos = offset + 1
    })
    editor.chain().focus().setTextSelection(pos).scrollIntoView().run()
  }
  return (
    <>
    {variants}
    <ul className="findings">
      {findings.map((f) => (
        <li key={f.id} className={`finding finding-${f.severity}`}>
          <button type="button" onClick={() => jump(f.blockIndex)}>
            <span className="finding-severity">{f.severity}</span>
            <span>{f.message}</span>
          </button>
        </li>
      ))}
    </ul>
    </>
  )
}
