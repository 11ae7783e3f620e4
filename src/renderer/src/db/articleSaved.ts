import type { DocJSON } from '../../../core/model/DocJSON'
import type { ArticleRow } from './ArticleRow'

type Listener = (row: ArticleRow, body: DocJSON) => void

const listeners = new Set<Listener>()

/**
 * Who wants an edit as soon as it is stored, with the article in hand (the search index, which
 * then need not read it back). Called by saveArticleBody after its transaction commits.
 */
export function onArticleSaved(listener: Listener): () => void {
  listeners.add(listener)
  return () => void listeners.delete(listener)
}

/** Tells the listeners; one that fails is reported, never the save (it has been stored). */
export function articleSaved(row: ArticleRow, body: DocJSON): void {
  for (const l of listeners) {
    try {
      l(row, body)
    } catch (error) {
      console.warn('A listener to saved articles failed', error)
    }
  }
}
