import { useCallback, useRef, useState } from 'react'
import type { HitPreview } from '../../../core/search/previewHit'
import { searchClient } from './searchClient'
import type { SearchAnswer } from './searchProtocol'

interface Asked {
  answer: SearchAnswer | null
  ids: Set<string>
  batch: string[]
}

/**
 * The previews (headline matches, snippet) of an answer's results: those that came with it, and
 * the rest fetched in batches as rows ask for them (`want`, called when a row is shown without
 * one). Everything is per answer: a new answer starts afresh. Rows ask from their effects, which
 * run before this hook's own, so the bookkeeping lives in a ref rather than in an effect.
 */
export function usePreviews(answer: SearchAnswer | null): { preview: (id: string) => HitPreview | undefined; want: (id: string) => void } {
  const [fetched, setFetched] = useState<{ answer: SearchAnswer | null; byId: Map<string, HitPreview> }>({ answer: null, byId: new Map() })
  const asked = useRef<Asked>({ answer: null, ids: new Set(), batch: [] })

  const current = useCallback((): Asked => {
    if (asked.current.answer !== answer) asked.current = { answer, ids: new Set(answer?.previews.map((p) => p.id)), batch: [] }
    return asked.current
  }, [answer])

  const want = useCallback(
    (id: string) => {
      const state = current()
      if (!answer || state.ids.has(id)) return
      state.ids.add(id)
      state.batch.push(id)
      if (state.batch.length > 1) return
      queueMicrotask(() => {
        const ids = state.batch
        state.batch = []
        searchClient()
          .previews(ids, answer.terms, answer.phrases)
          .then((list) =>
            setFetched((f) => {
              const byId = new Map(f.answer === answer ? f.byId : [])
              for (const p of list) byId.set(p.id, p)
              return { answer, byId }
            })
          )
          .catch(() => {})
      })
    },
    [answer, current]
  )

  const given = answer?.previews
  const preview = useCallback(
    (id: string) => given?.find((p) => p.id === id) ?? (fetched.answer === answer ? fetched.byId.get(id) : undefined),
    [given, fetched, answer]
  )
  return { preview, want }
}
