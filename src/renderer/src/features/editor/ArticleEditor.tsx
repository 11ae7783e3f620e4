import { useEffect, useMemo, useRef, useState } from 'react'
import { EditorContent, useEditor } from '@tiptap/react'
import type { DocJSON } from '../../../../core/model/DocJSON'
import { useApp } from '../../app/AppContext'
import { db } from '../../db/db'
import { saveArticleBody } from '../../db/saveArticleBody'
import { updateArticleMeta } from '../../db/updateArticleMeta'
import { flushOutbox } from '../../sync/flushOutbox'
import { onOutsideChange } from '../../sync/outsideChanges'
import { setUnsavedTypingProbe } from '../../sync/unsavedTyping'
import { currentRegistryIndex } from '../../sync/registryIndex'
import { coreClient } from '../../worker/coreClient'
import { createExtensions } from '../../editor/createExtensions'
import { FindBar } from '../findbar/FindBar'
import { EntityPicker } from '../tagging/EntityPicker'
import { SourcePicker } from '../tagging/SourcePicker'
import { SpeakerPicker } from '../tagging/SpeakerPicker'
import { SuggestionMenu } from '../tagging/SuggestionMenu'
import { TagMenu } from '../tagging/TagMenu'
import { HeadlineField } from './HeadlineField'
import { LinkDialog } from './LinkDialog'
import { SpellMenu } from './SpellMenu'
import { Toolbar } from './Toolbar'

const SAVE_DELAY_MS = 300

interface Props {
  id: string
  headline: string
  body: DocJSON
  trashed: boolean
  /** Suggestions rejected in this article, as stored in its front matter. */
  rejected: string[]
}

/**
 * The article in TipTap. Every change is saved to the store after a short pause (and at once
 * when the article is closed); the store's outbox takes it on to the workspace folder.
 */
export function ArticleEditor({ id, headline: initialHeadline, body, trashed, rejected }: Props): React.JSX.Element {
  const { api, ui, dispatch, editorRef, headlineRef } = useApp()
  const [headline, setHeadline] = useState(initialHeadline)
  const headlineNow = useRef(initialHeadline)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const dirty = useRef(false)
  const rejectedRef = useRef<Set<string>>(new Set(rejected))
  const extensions = useMemo(
    () =>
      createExtensions({
        spellCheck: async (words) => (await api.spell.check({ words })).misspelled,
        registry: trashed ? undefined : currentRegistryIndex,
        rejected: () => rejectedRef.current,
        suggestEngine: (text) => coreClient().suggest(text)
      }),
    [api, trashed]
  )
  /** Remembers rejected suggestions in the article (its front matter), so they stay away. */
  const reject = (keys: string[]): void => {
    for (const k of keys) rejectedRef.current.add(k)
    void db.articles
      .get(id)
      .then((row) => {
        const next = [...new Set([...(row?.rejected ?? []), ...keys])]
        return updateArticleMeta(id, { rejected: next })
      })
      .then(() => flushOutbox(api))
      .catch((error: unknown) => dispatch({ type: 'notify', kind: 'error', text: `Could not remember the rejection: ${String(error)}` }))
  }

  const editor = useEditor({
    extensions,
    content: body,
    editable: !trashed,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: { 'aria-label': 'Article body', spellcheck: 'false', class: 'article-body' },
      // Ctrl/Cmd-click opens a link in the browser (main lets only http(s) and mailto out), or
      // the entity page of a tag (the entity, or a quote's speaker).
      handleClick: (_view, _pos, event) => {
        if (!(event.ctrlKey || event.metaKey)) return false
        const target = event.target as HTMLElement | null
        const anchor = target?.closest('a')
        if (anchor) {
          void api.shell.openExternal({ url: anchor.href })
          return true
        }
        const tagged = target?.closest<HTMLElement>('[data-entity]')?.dataset.entity ?? target?.closest<HTMLElement>('[data-speaker]')?.dataset.speaker
        if (!tagged) return false
        dispatch({ type: 'openEntity', id: tagged })
        return true
      }
    },
    onUpdate: () => scheduleSave()
  })

  const saveNow = (): void => {
    clearTimeout(timer.current)
    if (!dirty.current || !editor) return
    dirty.current = false
    saveArticleBody(id, headlineNow.current, editor.getJSON() as DocJSON)
      // "Saved" means in the folder: the indicator clears only once the outbox has been written.
      .then(() => flushOutbox(api))
      .catch((error: unknown) =>
        dispatch({ type: 'notify', kind: 'error', text: `Could not save: ${error instanceof Error ? error.message : String(error)}` })
      )
      .finally(() => {
        if (!dirty.current) dispatch({ type: 'editorDirty', dirty: false })
      })
  }
  const saveRef = useRef(saveNow)
  saveRef.current = saveNow
  const scheduleSave = (): void => {
    if (!dirty.current) dispatch({ type: 'editorDirty', dirty: true })
    dirty.current = true
    clearTimeout(timer.current)
    timer.current = setTimeout(() => saveRef.current(), SAVE_DELAY_MS)
  }

  // A blank new article starts at its headline, so typing can begin at once.
  useEffect(() => {
    const blank = body.content.every((n) => !n.content?.length)
    if (!initialHeadline && blank && !trashed) headlineRef.current?.focus()
    // Only when the article opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  // The sync never replaces text with typing still in the autosave pause (it merges it on the
  // next run); otherwise a version from the folder replaces the document, caret kept in place.
  useEffect(() => {
    setUnsavedTypingProbe((articleId) => articleId === id && dirty.current)
    const off = onOutsideChange((ids) => {
      if (!ids.has(id) || !editor || dirty.current) return
      void db
        .transaction('r', [db.articles, db.articleDocs], async () => [await db.articles.get(id), await db.articleDocs.get(id)] as const)
        .then(([row, doc]) => {
          if (!row || !doc || dirty.current || editor.isDestroyed) return
          const { from, to } = editor.state.selection
          editor.chain().setMeta('addToHistory', true).setContent(doc.body, { emitUpdate: false }).run()
          const end = editor.state.doc.content.size
          try {
            editor.commands.setTextSelection({ from: Math.min(from, end), to: Math.min(to, end) })
          } catch {
            // The old caret has no place in the new text: it stays where setContent put it.
          }
          setHeadline(row.headline)
          headlineNow.current = row.headline
          rejectedRef.current = new Set(row.rejected ?? [])
        })
    })
    return () => {
      off()
      setUnsavedTypingProbe(null)
    }
  }, [editor, id])

  useEffect(() => {
    editorRef.current = editor
    const flush = (): void => saveRef.current()
    window.addEventListener('pagehide', flush)
    document.addEventListener('visibilitychange', flush)
    return () => {
      window.removeEventListener('pagehide', flush)
      document.removeEventListener('visibilitychange', flush)
      saveRef.current() // closing or switching articles never drops the last edit
      if (editorRef.current === editor) editorRef.current = null
    }
  }, [editor, editorRef])

  return (
    <main className={ui.tagColors ? 'editor-pane' : 'editor-pane tags-hidden'}>
      <Toolbar editor={editor} disabled={trashed} />
      {ui.find && editor && <FindBar editor={editor} replace={ui.find.replace} />}
      <div className="editor-scroll" onBlur={() => saveRef.current()}>
        <article className="page">
          {trashed && <p className="trashed-banner">This article is in the trash. Restore it to edit.</p>}
          <HeadlineField
            articleId={id}
            value={headline}
            readOnly={trashed}
            onChange={(value) => {
              setHeadline(value)
              headlineNow.current = value
              scheduleSave()
            }}
            onEnter={() => {
              // Synchronously: TipTap's focus() waits a frame, and a fast typist's next keys
              // would still land in the headline.
              if (!editor) return
              editor.view.focus()
              editor.commands.setTextSelection(1)
            }}
            onLeave={() => {
              // Saved again even without changes: a new article's file is named now (see flushOutbox).
              dirty.current = true
              saveRef.current()
            }}
          />
          <EditorContent editor={editor} />
        </article>
      </div>
      {editor && <SpellMenu editor={editor} />}
      {editor && !trashed && <SuggestionMenu editor={editor} onReject={reject} />}
      {editor && !trashed && <TagMenu editor={editor} />}
      {ui.dialog === 'link' && editor && <LinkDialog editor={editor} />}
      {ui.dialog === 'entityPicker' && editor && <EntityPicker editor={editor} />}
      {ui.dialog === 'speakerPicker' && editor && <SpeakerPicker editor={editor} />}
      {ui.dialog === 'sourcePicker' && editor && <SourcePicker editor={editor} articleId={id} />}
    </main>
  )
}
