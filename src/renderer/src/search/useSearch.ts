import { useEffect, useRef, useState, useSyncExternalStore } from 'react'
import type { SearchSort } from '../../../core/search/SearchIndex'
import { searchClient } from './searchClient'
import type { IndexStatus, SearchAnswer, SearchParams } from './searchProtocol'

const IDLE: IndexStatus = { state: 'starting', indexed: 0, total: 0 }
const noop = (): (() => void) => () => {}

/** Results shown get previews with the answer; more are asked for as they scroll into view. */
export const FIRST_PREVIEWS = 12

export interface SearchState {
  /** The latest answer (possibly to an earlier query while the next one runs); null before the first. */
  answer: SearchAnswer | null
  /** The query the answer is for. */
  answeredQuery: string | null
  status: IndexStatus
}

/**
 * Searches the index as the query changes, one request at a time: a query typed while another
 * runs waits and replaces any query waiting before it, so fast typing never queues up work.
 * Searches again when the index changes (an edit saved, more articles indexed). Inactive, it
 * neither starts the index nor asks it anything.
 */
export function useSearch(query: string, sort: SearchSort, active: boolean): SearchState {
  const client = active ? searchClient() : null
  const status = useSyncExternalStore(client ? client.onStatus : noop, client ? client.status : () => IDLE)
  const [result, setResult] = useState<{ answer: SearchAnswer; query: string } | null>(null)
  const inFlight = useRef(false)
  const waiting = useRef<SearchParams | null>(null)
  const mounted = useRef(true)
  useEffect(() => {
    mounted.current = true
    return () => void (mounted.current = false)
  }, [])

  useEffect(() => {
    if (!client) return
    const run = (params: SearchParams): void => {
      inFlight.current = true
      client
        .search(params)
        .then((answer) => mounted.current && setResult({ answer, query: params.query }))
        .catch((error: unknown) => console.warn('Search failed', error))
        .finally(() => {
          inFlight.current = false
          const next = waiting.current
          waiting.current = null
          if (next && mounted.current) run(next)
        })
    }
    const params: SearchParams = { query, sort, previews: FIRST_PREVIEWS }
    if (inFlight.current) waiting.current = params
    else run(params)
    // status: search again whenever the index changes under the same query.
  }, [client, query, sort, status])

  return { answer: active ? (result?.answer ?? null) : null, answeredQuery: active ? (result?.query ?? null) : null, status }
}
