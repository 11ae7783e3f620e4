/// <reference lib="webworker" />
import { CopydeskDB } from '../db/CopydeskDB'
import { SearchDB } from './SearchDB'
import { SearchEngine } from './SearchEngine'
import type { SearchReply, SearchRequest } from './searchProtocol'

/**
 * The search index off the UI thread: this worker opens the working store itself (IndexedDB is
 * shared with the page), builds or restores the index, and answers the page's searches.
 */
const post = (reply: SearchReply): void => self.postMessage(reply)
const engine = new SearchEngine(new CopydeskDB(), new SearchDB(), (status) => post({ kind: 'status', status }))

self.onmessage = async (event: MessageEvent<SearchRequest>) => {
  const request = event.data
  if (request.kind === 'changed') return engine.changed(request.articles, request.entities)
  if (request.kind === 'saved') return engine.saved(request.row, request.body)
  try {
    if (request.kind === 'search') {
      const value = await engine.search(request.params, request.table)
      // The slots are handed over, not copied.
      self.postMessage({ kind: 'reply', id: request.id, ok: true, value } satisfies SearchReply, [value.slots.buffer])
      return
    }
    const value = request.kind === 'previews' ? await engine.previews(request.ids, request.terms, request.phrases) : await engine.flush()
    post({ kind: 'reply', id: request.id, ok: true, value })
  } catch (error) {
    post({ kind: 'reply', id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) })
  }
}
