import { useEffect, type Dispatch } from 'react'
import type { CopydeskApi, OpenedFile } from '../../../core/ipc'
import { openFiles } from '../commands/openFiles'
import type { UiAction } from './uiReducer'

const MAX_DROP_BYTES = 50 * 1024 * 1024

/** Files dropped anywhere on the window open as articles (main parses them, as for File > Open). */
export function useDropFiles(api: CopydeskApi, dispatch: Dispatch<UiAction>): void {
  useEffect(() => {
    const onDragOver = (e: DragEvent): void => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault()
    }
    const onDrop = async (e: DragEvent): Promise<void> => {
      const files = [...(e.dataTransfer?.files ?? [])]
      if (files.length === 0) return
      e.preventDefault()
      const opened: OpenedFile[] = []
      for (const file of files) {
        if (file.size > MAX_DROP_BYTES) {
          opened.push({ name: file.name, error: 'is larger than 50 MB' })
          continue
        }
        try {
          opened.push(await api.files.parse({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }))
        } catch (error) {
          opened.push({ name: file.name, error: error instanceof Error ? error.message : String(error) })
        }
      }
      const { ids, errors } = await openFiles(opened)
      for (const text of errors) dispatch({ type: 'notify', kind: 'error', text })
      if (ids.length) dispatch({ type: 'select', id: ids[0]! })
    }
    const drop = (e: DragEvent): void => void onDrop(e)
    window.addEventListener('dragover', onDragOver)
    window.addEventListener('drop', drop)
    return () => {
      window.removeEventListener('dragover', onDragOver)
      window.removeEventListener('drop', drop)
    }
  }, [api, dispatch])
}
