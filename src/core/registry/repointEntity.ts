import type { DocJSON } from '../model/DocJSON'
import { editDocMarks, repointMarks } from './editDocMarks'

/**
 * The document with every reference to entity `from` (entity tags and quote speakers) pointed
 * at `to`. Returns the same object when nothing refers to `from`, so callers can skip a save.
 */
export function repointEntity(doc: DocJSON, from: string, to: string): DocJSON {
  return editDocMarks(doc, repointMarks(from, to))
}
