import { useLiveQuery } from 'dexie-react-hooks'
import { findSourceCues, type SourceCue } from '../../../../../core/checks/findSourceCues'
import { docToPlainText } from '../../../../../core/model/docToPlainText'
import { slugify } from '../../../../../core/model/slugify'
import type { ArticleRow } from '../../../db/ArticleRow'
import type { SourceRow } from '../../../db/CopydeskDB'
import { db } from '../../../db/db'

/**
 * Sources the article's text cites and that are not attached yet, one cue per source (its
 * first mention), read from the text as stored (so after each save).
 */
export function useSourceCues(row: ArticleRow, registry: SourceRow[] | undefined): { text: string; cues: SourceCue[] } {
  const text = useLiveQuery(async () => {
    const doc = await db.articleDocs.get(row.id)
    return doc ? docToPlainText(doc.body) : ''
  }, [row.id, row.updatedAt])
  if (!text || !registry) return { text: text ?? '', cues: [] }
  const attached = new Set(row.sources)
  const seen = new Set<string>()
  const cues = findSourceCues(text, registry).filter((c) => {
    const key = c.sourceId ?? slugify(c.name)
    if (attached.has(key) || seen.has(key)) return false
    seen.add(key)
    return true
  })
  return { text, cues }
}
