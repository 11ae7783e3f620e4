import { useState } from 'react'
import type { Finding } from '../../../../core/checks/Finding'
import { blocksExport } from '../../../../core/checks/runChecks'
import { useApp } from '../../app/AppContext'
import type { ArticleRow } from '../../db/ArticleRow'
import { updateArticleMeta } from '../../db/updateArticleMeta'
import { targetRange } from '../checks/targetRange'
import { useChecks } from '../checks/useChecks'
import { SpellingVariants } from './SpellingVariants'

/**
 * Preflight findings for the open article: errors (which block export) first, each jumping to
 * its place; an error can be overridden with a written reason, kept in the article.
 */
export function ChecksTab({ row }: { row: ArticleRow }): React.JSX.Element {
  const { editorRef, headlineRef, dispatch } = useApp()
  const all = useChecks(row)
  const [overriding, setOverriding] = useState<string | null>(null)
  const [reason, setReason] = useState('')
  const editor = editorRef.current
  const live = editor && !row.trashed
  // The spelling-variant warning is shown with its one-click fix instead.
  const findings = (all ?? []).filter((f) => !(live && f.id === 'spelling-variant'))
  const variants = live ? <SpellingVariants editor={editor} /> : null
  if (!all) return <p className="muted">Checking…</p>

  const jump = (f: Finding): void => {
    const target = f.target
    const ed = editorRef.current
    if (target?.kind === 'body' && ed) {
      const range = targetRange(ed.state.doc, target.blockIndex, target.from, target.to)
      if (range) ed.chain().focus().setTextSelection(range).scrollIntoView().run()
    } else if (target?.kind === 'photo') dispatch({ type: 'inspectorTab', tab: 'photos' })
    else if (target?.kind === 'source') dispatch({ type: 'inspectorTab', tab: 'sources' })
    else if (target?.kind === 'field' && target.field !== 'headline') dispatch({ type: 'inspectorTab', tab: 'metadata' })
    else headlineRef.current?.focus()
  }
  const saveOverrides = (next: NonNullable<ArticleRow['checkOverrides']>): void => {
    updateArticleMeta(row.id, { checkOverrides: next }).catch((error: unknown) =>
      dispatch({ type: 'notify', kind: 'error', text: error instanceof Error ? error.message : String(error) })
    )
  }
  const override = (key: string): void => {
    if (!reason.trim()) return
    saveOverrides([...(row.checkOverrides ?? []).filter((o) => o.key !== key), { key, reason: reason.trim(), at: new Date().toISOString() }])
    setOverriding(null)
    setReason('')
  }
  const errors = findings.filter((f) => f.severity === 'error' && !f.overridden).length
  const warnings = findings.filter((f) => f.severity !== 'error').length
  return (
    <>
      <p className={errors ? 'checks-summary blocking' : 'checks-summary'} data-testid="checks-summary">
        {errors ? `${errors} error${errors > 1 ? 's' : ''} block export` : blocksExport(findings) ? '' : 'Nothing blocks export'}
        {warnings ? ` · ${warnings} warning${warnings > 1 ? 's' : ''}` : ''}
      </p>
      {variants}
      {findings.length === 0 ? (
        <p className="ok-line">No open checks.</p>
      ) : (
        <ul className="findings">
          {findings.map((f) => (
            <li key={f.key ?? f.id} className={`finding finding-${f.severity}${f.overridden ? ' overridden' : ''}`} data-testid="finding">
              <button type="button" onClick={() => jump(f)}>
                <span className="finding-severity">{f.overridden ? 'overridden' : f.severity}</span>
                <span>{f.message}</span>
              </button>
              {f.overridden ? (
                <p className="override-note">
                  Overridden: “{f.overridden.reason}”{' '}
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => saveOverrides((row.checkOverrides ?? []).filter((o) => o.key !== f.key))}
                  >
                    undo
                  </button>
                </p>
              ) : f.severity === 'error' && !row.trashed ? (
                overriding === f.key ? (
                  <form
                    className="override-form"
                    onSubmit={(e) => {
                      e.preventDefault()
                      override(f.key ?? f.id)
                    }}
                  >
                    <input
                      autoFocus
                      aria-label="Reason for the override"
                      placeholder="Why this can go out anyway"
                      value={reason}
                      onChange={(e) => setReason(e.target.value)}
                    />
                    <button type="submit" disabled={!reason.trim()}>
                      Override
                    </button>
                  </form>
                ) : (
                  <button type="button" className="link-button override-link" onClick={() => setOverriding(f.key ?? f.id)}>
                    Override with a reason…
                  </button>
                )
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
