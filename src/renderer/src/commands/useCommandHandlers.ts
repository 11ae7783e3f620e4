import { useMemo, type Dispatch, type RefObject } from 'react'
import type { Editor } from '@tiptap/core'
import type { CopydeskApi, OpenedFile } from '../../../core/ipc'
import type { EntityType } from '../../../core/model/EntityType'
import type { UiAction, UiState } from '../app/uiReducer'
import { createArticle } from '../db/createArticle'
import { db } from '../db/db'
import { trashArticle } from '../db/trashArticle'
import { flushOutbox } from '../sync/flushOutbox'
import { openFiles } from './openFiles'
import { getEntityProposals, getQuoteProposals } from '../editor/Suggestions'
import { acceptQuoteProposals } from '../features/tagging/acceptQuoteProposals'
import { acceptProposals } from '../features/tagging/acceptProposals'
import { addPhotosFromDialog, describeOutcome } from '../features/inspector/photos/addPhotoFiles'

interface Deps {
  api: CopydeskApi
  ui: UiState
  dispatch: Dispatch<UiAction>
  editorRef: RefObject<Editor | null>
  headlineRef: RefObject<HTMLTextAreaElement | null>
}

export type CommandHandlers = Record<string, () => void | Promise<void>>

/** What each command of src/core/commands.ts does in the renderer. */
export function useCommandHandlers({ api, ui, dispatch, editorRef, headlineRef }: Deps): CommandHandlers {
  return useMemo(() => {
    const editor = (): Editor | null => editorRef.current
    const chain = (run: (e: Editor) => unknown) => () => {
      const e = editor()
      if (e) run(e)
    }
    const notifyError = (error: unknown): void =>
      dispatch({ type: 'notify', kind: 'error', text: error instanceof Error ? error.message : String(error) })
    const openFrom = async (files: OpenedFile[]): Promise<void> => {
      const { ids, errors } = await openFiles(files)
      for (const text of errors) dispatch({ type: 'notify', kind: 'error', text })
      if (ids.length) dispatch({ type: 'select', id: ids[0]! })
    }
    const focusHeadline = (): void => {
      requestAnimationFrame(() => {
        headlineRef.current?.focus()
        headlineRef.current?.select()
      })
    }

    const pickEntity = (entityType: EntityType): void => {
      const e = editor()
      if (!e || !e.isEditable) return
      if (e.state.selection.empty) {
        dispatch({ type: 'notify', kind: 'info', text: 'Select the words to tag first.' })
        return
      }
      dispatch({ type: 'pickEntity', entityType })
    }

    const acceptOfType = async (type: EntityType | 'quote' | null): Promise<void> => {
      const e = editor()
      if (!e || !e.isEditable) return
      const proposals = type === 'quote' ? [] : getEntityProposals(e.state).filter((p) => type === null || p.type === type)
      let n = await acceptProposals(e, api, proposals)
      if (type === 'quote' || type === null) n += await acceptQuoteProposals(e, api, getQuoteProposals(e.state))
      dispatch({ type: 'notify', kind: 'info', text: n ? `Tagged ${n} suggestion${n > 1 ? 's' : ''}.` : 'No suggestions of that kind.' })
    }

    const handlers: CommandHandlers = {
      'article.new': async () => {
        const id = await createArticle(
          { headline: '', body: { type: 'doc', content: [{ type: 'paragraph' }] }, photos: [], sources: [], custom: {}, extra: {} },
          'created'
        )
        dispatch({ type: 'libraryView', view: 'live' })
        dispatch({ type: 'select', id })
        focusHeadline()
      },
      'file.open': async () => openFrom((await api.files.open({ purpose: 'open' })).files),
      'file.import': async () => openFrom((await api.files.open({ purpose: 'import' })).files),
      'file.export': () => dispatch({ type: 'dialog', dialog: 'export' }),
      'workspace.choose': async () => {
        await flushOutbox(api).catch(() => {})
        const chosen = await api.workspace.choose()
        if (!chosen) return
        if ('setup' in chosen) dispatch({ type: 'offerWorkspaceSetup', setup: chosen.setup })
        // The store follows the folder: startWorkspaceSync rebuilds it for the new workspace.
        else location.reload()
      },
      'sync.now': () => void flushOutbox(api).catch(() => {}),
      'sync.conflicts': () => dispatch({ type: 'dialog', dialog: 'conflicts' }),
      'sync.log': () => dispatch({ type: 'dialog', dialog: 'syncLog' }),
      'article.rename': focusHeadline,
      'article.trash': async () => {
        if (!ui.selectedId) return
        const row = await db.articles.get(ui.selectedId)
        await trashArticle(api, ui.selectedId)
        dispatch({ type: 'select', id: null })
        dispatch({ type: 'notify', kind: 'info', text: `Moved “${row?.headline || row?.slug}” to the trash.` })
      },
      'library.showTrash': () => dispatch({ type: 'libraryView', view: ui.libraryView === 'trash' ? 'live' : 'trash' }),
      'article.revisions': () => {
        if (ui.selectedId) dispatch({ type: 'dialog', dialog: 'revisions' })
      },
      'edit.undo': chain((e) => e.commands.undo()),
      'edit.redo': chain((e) => e.commands.redo()),
      'edit.find': () => dispatch({ type: 'find', replace: false }),
      'edit.replace': () => dispatch({ type: 'find', replace: true }),
      'edit.findNext': chain((e) => e.commands.findNext()),
      'edit.findPrevious': chain((e) => e.commands.findPrevious()),
      'library.search': () => {
        if (!ui.showLibrary || ui.libraryView !== 'live') dispatch({ type: 'libraryView', view: 'live' })
        requestAnimationFrame(() => {
          const box = document.querySelector<HTMLInputElement>('[data-focus="search"]')
          box?.focus()
          box?.select()
        })
      },
      'format.bold': chain((e) => e.chain().focus().toggleBold().run()),
      'format.italic': chain((e) => e.chain().focus().toggleItalic().run()),
      'format.underline': chain((e) => e.chain().focus().toggleUnderline().run()),
      'format.strike': chain((e) => e.chain().focus().toggleStrike().run()),
      'format.link': () => {
        if (editor()) dispatch({ type: 'dialog', dialog: 'link' })
      },
      'format.paragraph': chain((e) => e.chain().focus().setParagraph().run()),
      'format.subhead': chain((e) => e.chain().focus().toggleHeading({ level: 2 }).run()),
      'format.bulletList': chain((e) => e.chain().focus().toggleBulletList().run()),
      'format.orderedList': chain((e) => e.chain().focus().toggleOrderedList().run()),
      'format.blockquote': chain((e) => e.chain().focus().toggleBlockquote().run()),
      'tag.person': () => pickEntity('person'),
      'tag.organization': () => pickEntity('organization'),
      'tag.place': () => pickEntity('place'),
      'tag.event': () => pickEntity('event'),
      'tag.work': () => pickEntity('work'),
      'tag.other': () => pickEntity('other'),
      'tag.openEntity': () => {
        const e = editor()
        const id = e ? ((e.getAttributes('entity').entityId as string | undefined) ?? (e.getAttributes('quote').speakerId as string | undefined)) : undefined
        dispatch({ type: 'openEntity', id: id ?? null })
      },
      'registry.open': () => dispatch({ type: 'openEntity', id: null }),
      'quotes.bank': () => dispatch({ type: 'openQuoteBank', speakerId: null }),
      'tag.quote': () => {
        const e = editor()
        if (!e || !e.isEditable) return
        if (e.state.selection.empty) dispatch({ type: 'notify', kind: 'info', text: 'Select the quoted words first.' })
        else dispatch({ type: 'dialog', dialog: 'speakerPicker' })
      },
      'suggest.acceptPeople': () => acceptOfType('person'),
      'suggest.acceptOrganizations': () => acceptOfType('organization'),
      'suggest.acceptPlaces': () => acceptOfType('place'),
      'suggest.acceptQuotes': () => acceptOfType('quote'),
      'suggest.acceptAll': () => acceptOfType(null),
      'tag.removeQuote': chain((e) => e.chain().focus().unsetQuote().run()),
      'tag.attribution': () => {
        const e = editor()
        if (!e || !e.isEditable) return
        if (e.state.selection.empty) dispatch({ type: 'notify', kind: 'info', text: 'Select the words that name the source first (“Reuters reports”).' })
        else dispatch({ type: 'dialog', dialog: 'sourcePicker' })
      },
      'tag.removeAttribution': chain((e) => e.chain().focus().unsetAttribution().run()),
      'photos.add': async () => {
        if (!ui.selectedId) return
        dispatch({ type: 'inspectorTab', tab: 'photos' })
        for (const n of describeOutcome(await addPhotosFromDialog(api, ui.selectedId))) dispatch({ type: 'notify', ...n })
      },
      'media.cleanUp': () => dispatch({ type: 'dialog', dialog: 'mediaCleanup' }),
      'tag.remove': chain((e) => e.chain().focus().unsetEntity().run()),
      'view.toggleTagColors': () => dispatch({ type: 'toggleTagColors' }),
      'view.palette': () => dispatch({ type: 'dialog', dialog: 'palette' }),
      'view.toggleLibrary': () => dispatch({ type: 'toggleLibrary' }),
      'view.toggleInspector': () => dispatch({ type: 'toggleInspector' }),
      'view.focusLibrary': () => document.querySelector<HTMLElement>('[data-focus="library"]')?.focus(),
      'view.focusEditor': chain((e) => e.commands.focus()),
      'view.theme.system': () => dispatch({ type: 'theme', theme: 'system' }),
      'view.theme.light': () => dispatch({ type: 'theme', theme: 'light' }),
      'view.theme.dark': () => dispatch({ type: 'theme', theme: 'dark' }),
      'help.shortcuts': () => dispatch({ type: 'dialog', dialog: 'shortcuts' })
    }
    // Every handler reports its failure instead of losing it in a rejected promise.
    return Object.fromEntries(
      Object.entries(handlers).map(([id, run]) => [
        id,
        () => {
          try {
            const result = run()
            if (result instanceof Promise) result.catch(notifyError)
          } catch (error) {
            notifyError(error)
          }
        }
      ])
    )
  }, [api, ui.selectedId, ui.libraryView, ui.showLibrary, dispatch, editorRef, headlineRef])
}
