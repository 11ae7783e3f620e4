import { createContext, useContext, type Dispatch, type RefObject } from 'react'
import type { Editor } from '@tiptap/core'
import type { CopydeskApi } from '../../../core/ipc'
import type { UiAction, UiState } from './uiReducer'

export interface AppContextValue {
  api: CopydeskApi
  ui: UiState
  dispatch: Dispatch<UiAction>
  /** The open article's editor, for commands that act on it (menus, palette, find bar). */
  editorRef: RefObject<Editor | null>
  /** Focuses and selects the headline field (rename). */
  headlineRef: RefObject<HTMLTextAreaElement | null>
  runCommand: (id: string) => void
}

export const AppContext = createContext<AppContextValue | null>(null)

export function useApp(): AppContextValue {
  const value = useContext(AppContext)
  if (!value) throw new Error('useApp outside AppContext')
  return value
}
