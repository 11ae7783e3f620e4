import type { WorkspaceSetup } from '../../../core/ipc'
import type { EntityType } from '../../../core/model/EntityType'

export type Theme = 'system' | 'light' | 'dark'
export type LibraryView = 'live' | 'trash'
export type InspectorTab = 'entities' | 'quotes' | 'photos' | 'sources' | 'metadata' | 'checks'
export type Dialog =
  | null
  | 'palette'
  | 'revisions'
  | 'link'
  | 'shortcuts'
  | 'entityPicker'
  | 'speakerPicker'
  | 'sourcePicker'
  | 'registry'
  | 'quoteBank'
  | 'export'
  | 'mediaCleanup'
  | 'conflicts'
  | 'syncLog'
  | 'deletions'
  | 'workspaceSetup'

export interface Notice {
  id: number
  kind: 'error' | 'info'
  text: string
}

/** The articles selected in the library (Ctrl/Cmd+click, Shift+click, Shift+arrows), for export. */
export interface LibrarySelection {
  ids: string[]
  /** Where a Shift range starts: the row clicked or opened last without Shift. */
  anchorId: string | null
}

export interface UiState {
  /** The article open in the editor. */
  selectedId: string | null
  /** Opening an article selects it alone; the modifier gestures add to or extend the selection. */
  librarySelection: LibrarySelection
  libraryView: LibraryView
  showLibrary: boolean
  showInspector: boolean
  inspectorTab: InspectorTab
  find: null | { replace: boolean }
  dialog: Dialog
  theme: Theme
  notices: Notice[]
  /** The open editor has changes not yet handed to the store (a save is scheduled). */
  editorDirty: boolean
  /** The type the entity picker tags as. */
  pickerType: EntityType
  /** Tag colours shown (off: clean reading). */
  tagColors: boolean
  /** The entity the registry dialog shows. */
  entityId: string | null
  /** The speaker the quote bank opens filtered to. */
  quoteSpeakerId: string | null
  /** The folder the workspace setup dialog offers to make a workspace. */
  workspaceSetup: WorkspaceSetup | null
}

export type UiAction =
  | { type: 'select'; id: string | null }
  /** Sets the library selection; `open` also opens that article (Shift+arrows move the open article too). */
  | { type: 'librarySelection'; selection: LibrarySelection; open?: string }
  | { type: 'libraryView'; view: LibraryView }
  | { type: 'toggleLibrary' }
  | { type: 'toggleInspector' }
  | { type: 'inspectorTab'; tab: InspectorTab }
  | { type: 'find'; replace: boolean }
  | { type: 'closeFind' }
  | { type: 'dialog'; dialog: Dialog }
  | { type: 'theme'; theme: Theme }
  | { type: 'notify'; kind: Notice['kind']; text: string }
  | { type: 'dismiss'; id: number }
  | { type: 'editorDirty'; dirty: boolean }
  | { type: 'pickEntity'; entityType: EntityType }
  | { type: 'toggleTagColors' }
  | { type: 'openEntity'; id: string | null }
  | { type: 'openQuoteBank'; speakerId: string | null }
  | { type: 'offerWorkspaceSetup'; setup: WorkspaceSetup }

export const initialUi: UiState = {
  selectedId: null,
  librarySelection: { ids: [], anchorId: null },
  libraryView: 'live',
  showLibrary: true,
  showInspector: true,
  inspectorTab: 'checks',
  find: null,
  dialog: null,
  theme: 'system',
  notices: [],
  editorDirty: false,
  pickerType: 'person',
  tagColors: true,
  entityId: null,
  quoteSpeakerId: null,
  workspaceSetup: null
}

let noticeId = 0

/** UI state as a reducer: every change is a named action, so commands and components share it. */
export function uiReducer(state: UiState, action: UiAction): UiState {
  switch (action.type) {
    case 'select':
      return { ...state, selectedId: action.id, librarySelection: { ids: action.id ? [action.id] : [], anchorId: action.id } }
    case 'librarySelection':
      return { ...state, selectedId: action.open ?? state.selectedId, librarySelection: action.selection }
    case 'libraryView':
      return { ...state, libraryView: action.view, showLibrary: true }
    case 'toggleLibrary':
      return { ...state, showLibrary: !state.showLibrary }
    case 'toggleInspector':
      return { ...state, showInspector: !state.showInspector }
    case 'inspectorTab':
      return { ...state, inspectorTab: action.tab, showInspector: true }
    case 'find':
      return { ...state, find: { replace: action.replace } }
    case 'closeFind':
      return { ...state, find: null }
    case 'dialog':
      return { ...state, dialog: action.dialog }
    case 'offerWorkspaceSetup':
      return { ...state, dialog: 'workspaceSetup', workspaceSetup: action.setup }
    case 'theme':
      return { ...state, theme: action.theme }
    case 'notify':
      return { ...state, notices: [...state.notices.slice(-3), { id: ++noticeId, kind: action.kind, text: action.text }] }
    case 'pickEntity':
      return { ...state, dialog: 'entityPicker', pickerType: action.entityType }
    case 'openEntity':
      return { ...state, dialog: 'registry', entityId: action.id }
    case 'openQuoteBank':
      return { ...state, dialog: 'quoteBank', quoteSpeakerId: action.speakerId }
    case 'toggleTagColors':
      return { ...state, tagColors: !state.tagColors }
    case 'editorDirty':
      return state.editorDirty === action.dirty ? state : { ...state, editorDirty: action.dirty }
    case 'dismiss':
      return { ...state, notices: state.notices.filter((n) => n.id !== action.id) }
  }
}
