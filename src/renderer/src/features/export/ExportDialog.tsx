import { useEffect, useMemo, useRef, useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import type { ExportFormat } from '../../../../core/formats/export/ExportFormat'
import { isExportFormat } from '../../../../core/formats/export/isExportFormat'
import { useApp } from '../../app/AppContext'
import { Modal } from '../../app/Modal'
import { db } from '../../db/db'
import { FORMAT_CHOICES } from './exportFormats'
import { loadExportContext, loadSources } from './loadExportContext'
import { runPreflight, type BlockedArticle } from './preflight'
import { overrideBlocked, prepareFiles, writeFiles, type ExportFile } from './runExport'
import './exportDialog.css'

type Scope = 'article' | 'selection' | 'workspace'
type Phase =
  | { kind: 'idle' }
  | { kind: 'running'; label: string; done: number; total: number }
  | { kind: 'confirm'; files: ExportFile[]; existing: string[] }
  | { kind: 'done'; written: string[]; kept: string[]; skipped: string[]; cancelled: boolean }

const FORMATS_SETTING = 'export.formats'
/** The folder chosen last in this session (main accepts only folders chosen in its dialog, so not kept across restarts). */
let lastFolder: string | null = null

const plural = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString()} ${n === 1 ? one : many}`

/**
 * File > Export…: formats, which articles (the open one, those selected in the library, or the
 * whole workspace), a destination
 * folder chosen in the native dialog. The preflight findings come first: articles whose errors
 * block export are left out unless the desk gives a reason (kept as an override on each
 * finding, as in the Checks tab). The writers run here; main writes the files atomically and
 * never replaces one unless the desk agrees to “Replace N files?”.
 */
export function ExportDialog(): React.JSX.Element {
  const { api, ui, dispatch } = useApp()
  const [formats, setFormats] = useState<ExportFormat[]>(['nitf'])
  const openArticle = useLiveQuery(async () => (ui.selectedId ? ((await db.articles.get(ui.selectedId)) ?? null) : null), [ui.selectedId])
  const liveIds = useLiveQuery(async () => (await db.articles.where('[trashed+updatedAt]').between([0, ''], [0, '\uffff']).toArray()).sort((a, b) => (a.slug < b.slug ? -1 : 1)).map((r) => r.id), [])
  const hasArticle = !!openArticle && !openArticle.trashed
  // The library selection, live articles only, in the order the other scopes use.
  const selectedIds = useMemo(() => {
    const chosen = new Set(ui.librarySelection.ids)
    return (liveIds ?? []).filter((id) => chosen.has(id))
  }, [ui.librarySelection.ids, liveIds])
  const selectionIsMore = ui.librarySelection.ids.length > 1 || (ui.librarySelection.ids.length === 1 && ui.librarySelection.ids[0] !== ui.selectedId)
  const [scope, setScope] = useState<Scope>(selectionIsMore ? 'selection' : ui.selectedId ? 'article' : 'workspace')
  const [folder, setFolder] = useState<string | null>(lastFolder)
  const [reason, setReason] = useState('')
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' })
  const [preflight, setPreflight] = useState<{ ids: string[]; checked: number; blocked: BlockedArticle[] | null; warnings: number }>({
    ids: [],
    checked: 0,
    blocked: null,
    warnings: 0
  })
  const cancelRef = useRef(false)
  const close = (): void => {
    cancelRef.current = true
    dispatch({ type: 'dialog', dialog: null })
  }
  const fail = (error: unknown): void => {
    setPhase({ kind: 'idle' })
    dispatch({ type: 'notify', kind: 'error', text: error instanceof Error ? error.message : String(error) })
  }

  // The formats chosen last time.
  useEffect(() => {
    void db.settings.get(FORMATS_SETTING).then((row) => {
      const saved = Array.isArray(row?.value) ? (row.value as unknown[]).filter(isExportFormat) : []
      if (saved.length) setFormats(saved)
    })
  }, [])
  useEffect(() => {
    if (openArticle === null || (openArticle && openArticle.trashed)) setScope((s) => (s === 'article' ? 'workspace' : s))
  }, [openArticle])

  const ids = useMemo(
    () => (scope === 'article' ? (hasArticle ? [openArticle.id] : []) : scope === 'selection' ? selectedIds : (liveIds ?? [])),
    [scope, hasArticle, openArticle, selectedIds, liveIds]
  )
  const idsKey = ids.join(',')

  // Preflight whenever the articles in scope change.
  useEffect(() => {
    let stopped = false
    const list = idsKey ? idsKey.split(',') : []
    setPreflight({ ids: list, checked: 0, blocked: null, warnings: 0 })
    void (async () => {
      const sources = await loadSources()
      const result = await runPreflight(list, sources, (checked) => !stopped && setPreflight((p) => ({ ...p, checked })), () => stopped)
      if (!stopped && result) setPreflight({ ids: list, checked: list.length, ...result })
    })().catch(fail)
    return () => {
      stopped = true
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the ids are the dependency, by value
  }, [idsKey])

  const blocked = preflight.blocked ?? []
  const allowed = reason.trim() !== ''
  const blockedIds = new Set(blocked.map((b) => b.id))
  const exportIds = allowed ? preflight.ids : preflight.ids.filter((id) => !blockedIds.has(id))
  const running = phase.kind === 'running' || phase.kind === 'confirm'
  const ready = preflight.blocked !== null && formats.length > 0 && !!folder && exportIds.length > 0 && !running

  const toggle = (format: ExportFormat, on: boolean): void => {
    const next = FORMAT_CHOICES.map((c) => c.format).filter((f) => (f === format ? on : formats.includes(f)))
    setFormats(next)
    void db.settings.put({ key: FORMATS_SETTING, value: next })
  }
  const chooseFolder = async (): Promise<void> => {
    const { folder: picked } = await api.export.chooseFolder()
    if (picked) {
      lastFolder = picked
      setFolder(picked)
    }
  }

  const write = async (files: ExportFile[], overwrite: boolean): Promise<void> => {
    const skipped = allowed ? [] : blocked.map((b) => b.title)
    setPhase({ kind: 'running', label: 'Writing', done: 0, total: files.length })
    const result = await writeFiles(api, folder!, files, overwrite, (done) => setPhase({ kind: 'running', label: 'Writing', done, total: files.length }), () => cancelRef.current)
    setPhase({ kind: 'done', written: result.written, kept: result.existing, skipped, cancelled: result.cancelled })
  }

  const start = async (): Promise<void> => {
    if (!ready || !folder) return
    cancelRef.current = false
    const list = exportIds
    setPhase({ kind: 'running', label: 'Preparing', done: 0, total: list.length })
    if (allowed && blocked.length) await overrideBlocked(blocked, reason.trim())
    const { ctx } = await loadExportContext()
    const files = await prepareFiles(list, formats, ctx, (done) => setPhase({ kind: 'running', label: 'Preparing', done, total: list.length }), () => cancelRef.current)
    if (!files) {
      setPhase({ kind: 'done', written: [], kept: [], skipped: [], cancelled: true })
      return
    }
    const { existing } = await api.export.existing({ folder, names: files.map((f) => f.name) })
    if (existing.length) setPhase({ kind: 'confirm', files, existing })
    else await write(files, false)
  }

  return (
    <Modal title="Export" onClose={close}>
      <div className="export-dialog">
        <fieldset className="export-formats" disabled={running}>
          <legend>Formats</legend>
          {FORMAT_CHOICES.map((c) => (
            <label key={c.format}>
              <input type="checkbox" checked={formats.includes(c.format)} onChange={(e) => toggle(c.format, e.target.checked)} />
              {c.label} <span className="muted">{c.hint}</span>
            </label>
          ))}
        </fieldset>

        <fieldset className="export-scope" disabled={running}>
          <legend>Articles</legend>
          <label>
            <input type="radio" name="export-scope" checked={scope === 'article'} disabled={!hasArticle} onChange={() => setScope('article')} />
            This article{hasArticle ? <span className="muted"> — {openArticle.headline || openArticle.slug}</span> : null}
          </label>
          <label>
            <input type="radio" name="export-scope" checked={scope === 'selection'} disabled={selectedIds.length === 0} onChange={() => setScope('selection')} />
            Selected articles ({selectedIds.length.toLocaleString()})
            {selectedIds.length < 2 ? <span className="muted"> — Ctrl+click or Shift+click articles in the library to select several</span> : null}
          </label>
          <label>
            <input type="radio" name="export-scope" checked={scope === 'workspace'} onChange={() => setScope('workspace')} />
            The whole workspace <span className="muted">— {plural(liveIds?.length ?? 0, 'article')}</span>
          </label>
        </fieldset>

        <div className="export-folder">
          <span className="export-label">Folder</span>
          <span className={folder ? 'export-path' : 'export-path muted'} data-testid="export-folder" title={folder ?? undefined}>
            {folder ?? 'No folder chosen'}
          </span>
          <button type="button" disabled={running} onClick={() => void chooseFolder().catch(fail)}>
            Choose folder…
          </button>
        </div>

        <section className="export-preflight" aria-label="Preflight" aria-live="polite" data-testid="export-preflight">
          {preflight.blocked === null ? (
            <p className="muted">
              Checking {preflight.checked.toLocaleString()} of {plural(preflight.ids.length, 'article')}…
            </p>
          ) : preflight.ids.length === 0 ? (
            <p className="muted">No articles to export.</p>
          ) : blocked.length === 0 ? (
            <p className="export-ok">
              Nothing blocks export.{preflight.warnings ? <span className="muted"> {plural(preflight.warnings, 'warning')} (see Checks).</span> : null}
            </p>
          ) : (
            <>
              <p className="export-blocking">
                {blocked.length === 1 ? '1 article has errors that block export:' : `${plural(blocked.length, 'article')} have errors that block export:`}
                {preflight.warnings ? <span className="muted"> ({plural(preflight.warnings, 'warning')} too, see Checks)</span> : null}
              </p>
              <ul className="export-blocked">
                {blocked.slice(0, 20).map((b) => (
                  <li key={b.id}>
                    <strong>{b.title}</strong>
                    <ul>
                      {b.errors.map((f) => (
                        <li key={f.key ?? f.id}>{f.message}</li>
                      ))}
                    </ul>
                  </li>
                ))}
                {blocked.length > 20 ? <li className="muted">…and {plural(blocked.length - 20, 'more article')}</li> : null}
              </ul>
              <label className="field">
                <span>Reason to export anyway (kept with the article, as an override)</span>
                <input value={reason} disabled={running} placeholder="Why these can go out with errors" onChange={(e) => setReason(e.target.value)} />
              </label>
              {!allowed && <p className="muted">{exportIds.length ? `Without a reason, ${blocked.length === 1 ? 'it is' : 'they are'} left out.` : 'Fix the errors in the Checks tab, or give a reason.'}</p>}
            </>
          )}
        </section>

        {phase.kind === 'running' && (
          <div className="export-progress">
            <progress max={Math.max(1, phase.total)} value={phase.done} aria-label={`${phase.label} export`} />
            <span className="muted">
              {phase.label} {phase.done.toLocaleString()} of {phase.total.toLocaleString()}
            </span>
            <button type="button" onClick={() => (cancelRef.current = true)}>
              Cancel
            </button>
          </div>
        )}

        {phase.kind === 'confirm' && (
          <div className="export-confirm" role="group" aria-label="Replace files">
            <p>
              <strong>Replace {plural(phase.existing.length, 'file')}?</strong> {phase.existing.length === 1 ? 'It already exists' : 'They already exist'} in the folder:
            </p>
            <ul className="export-names">
              {phase.existing.slice(0, 8).map((n) => (
                <li key={n}>{n}</li>
              ))}
              {phase.existing.length > 8 ? <li className="muted">…and {plural(phase.existing.length - 8, 'more')}</li> : null}
            </ul>
            <div className="dialog-actions">
              <button type="button" onClick={() => void write(phase.files, false).catch(fail)}>
                Keep them
              </button>
              <button type="button" className="primary" onClick={() => void write(phase.files, true).catch(fail)}>
                Replace
              </button>
            </div>
          </div>
        )}

        {phase.kind === 'done' && (
          <div className="export-result" role="status" data-testid="export-result">
            <p>
              {phase.cancelled ? 'Export cancelled. ' : ''}
              Wrote {plural(phase.written.length, 'file')} to <span className="export-path">{folder}</span>.
            </p>
            {phase.written.length > 0 && (
              <ul className="export-names">
                {phase.written.slice(0, 12).map((n) => (
                  <li key={n}>{n}</li>
                ))}
                {phase.written.length > 12 ? <li className="muted">…and {plural(phase.written.length - 12, 'more')}</li> : null}
              </ul>
            )}
            {phase.kept.length > 0 && <p className="muted">Kept {plural(phase.kept.length, 'existing file')} as they were.</p>}
            {phase.skipped.length > 0 && <p className="muted">Left out (errors): {phase.skipped.join(', ')}.</p>}
          </div>
        )}

        <div className="dialog-actions">
          <button type="button" onClick={close}>
            {phase.kind === 'done' ? 'Close' : 'Cancel'}
          </button>
          <button type="button" className="primary" disabled={!ready} onClick={() => void start().catch(fail)}>
            Export {exportIds.length > 1 ? plural(exportIds.length, 'article') : ''}
          </button>
        </div>
      </div>
    </Modal>
  )
}
