import type { CopydeskApi, PhotoFileResult } from '../../../../../core/ipc'
import { appendPhotos } from '../../../db/appendPhotos'
import { rememberThumbnail } from './mediaUrls'

const MAX_BYTES = 50 * 1024 * 1024

export interface AddPhotosOutcome {
  added: number
  /** Photos whose file the article already had. */
  already: number
  /** One line per file that was not added, for the desk. */
  errors: string[]
}

async function store(articleId: string, results: PhotoFileResult[]): Promise<AddPhotosOutcome> {
  const errors: string[] = []
  const photos = []
  for (const r of results) {
    if (r.added) {
      rememberThumbnail(r.added.file, r.added.thumbnail)
      photos.push(r.added.photo)
    } else errors.push(`${r.name}: ${r.error ?? 'not added'}`)
  }
  const added = photos.length ? await appendPhotos(articleId, photos) : 0
  return { added, already: photos.length - added, errors }
}

/** Photos chosen in the native dialog, copied into media/ and added to the article. */
export async function addPhotosFromDialog(api: CopydeskApi, articleId: string): Promise<AddPhotosOutcome> {
  return store(articleId, (await api.photos.choose()).files)
}

/** Photos dropped on the Photos tab: their bytes go to main, which keeps them in media/. */
export async function addDroppedPhotos(api: CopydeskApi, articleId: string, files: File[]): Promise<AddPhotosOutcome> {
  const results: PhotoFileResult[] = []
  for (const file of files) {
    if (file.size > MAX_BYTES) {
      results.push({ name: file.name, error: 'Larger than 50 MB; Copydesk takes photos up to 50 MB.' })
      continue
    }
    try {
      results.push(await api.photos.add({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }))
    } catch (error) {
      results.push({ name: file.name, error: error instanceof Error ? error.message : String(error) })
    }
  }
  return store(articleId, results)
}

/** The notice that reports an outcome: what was added, and each file that was not. */
export function describeOutcome(outcome: AddPhotosOutcome): { kind: 'info' | 'error'; text: string }[] {
  const notices: { kind: 'info' | 'error'; text: string }[] = outcome.errors.map((text) => ({ kind: 'error', text: `Not added — ${text}` }))
  if (outcome.already) notices.unshift({ kind: 'info', text: `${outcome.already === 1 ? 'That photo is' : `${outcome.already} photos are`} already in the article.` })
  if (outcome.added) notices.unshift({ kind: 'info', text: `Added ${outcome.added} photo${outcome.added > 1 ? 's' : ''}.` })
  return notices
}
