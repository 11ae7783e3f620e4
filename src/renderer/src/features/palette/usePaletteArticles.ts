import { useEffect, useState } from 'react'
import type { ArticleRow } from '../../db/ArticleRow'
import { db } from '../../db/db'
import { warmSearch } from '../../search/searchClient'
import { useSearch } from '../../search/useSearch'

/** Articles the palette offers beside commands: the best few full-text matches of what is typed. */
const SHOWN = 5

export function usePaletteArticles(query: string): { rows: ArticleRow[]; terms: string[]; phrases: string[][] } {
  const active = query.trim().length >= 2
  const { answer, answeredQuery } = useSearch(query, 'relevance', active)
  const [rows, setRows] = useState<ArticleRow[]>([])
  // Opening the palette is reason enough to get the index ready.
  useEffect(warmSearch, [])
  const ids = active && answer && answeredQuery === query ? answer.ids.slice(0, SHOWN) : []
  const key = ids.join(' ')
  useEffect(() => {
    let live = true
    const wanted = key ? key.split(' ') : []
    void db.articles.bulkGet(wanted).then((found) => live && setRows(found.filter((r): r is ArticleRow => r !== undefined)))
    return () => {
      live = false
    }
  }, [key])
  return { rows: key ? rows : [], terms: answer?.terms ?? [], phrases: answer?.phrases ?? [] }
}
