import type { Finding } from '../../../core/checks/Finding'
import { runChecks } from '../../../core/checks/runChecks'
import { writeArticleMarkdown } from '../../../core/formats/markdown/writeArticleMarkdown'
import type { Article, ParsedArticle } from '../../../core/model/Article'
import type { Source } from '../../../core/model/Source'
import { buildRegistryIndex } from '../../../core/suggest/buildRegistryIndex'
import { findSpellingVariants } from '../../../core/suggest/findSpellingVariants'
import type { RegistryEntity } from '../../../core/suggest/RegistryEntity'
import type { RegistryIndex } from '../../../core/suggest/RegistryIndex'
import { suggest } from '../../../core/suggest/suggest'
import type { CoreReply, CoreRequest, SuggestPass } from './coreProtocol'

/** The suggester and checks, answered by a worker where there is one, else on this thread. */
export interface CoreClient {
  setRegistry(entities: RegistryEntity[]): void
  suggest(text: string): Promise<SuggestPass>
  checks(article: ParsedArticle, sources?: Source[]): Promise<Finding[]>
  /** The article as its workspace file (writeArticleMarkdown). */
  markdown(article: Article): Promise<string>
}

/** The same answers on the calling thread (tests, or a platform without module workers). */
export function inThreadCore(): CoreClient {
  let registry: RegistryIndex = buildRegistryIndex([])
  return {
    setRegistry: (entities) => void (registry = buildRegistryIndex(entities)),
    suggest: async (text) => {
      const result = suggest(text, registry)
      return { result, variants: findSpellingVariants(text, result.entities, registry) }
    },
    checks: async (article, sources) => runChecks(article, { registry, sources }),
    markdown: async (article) => writeArticleMarkdown(article)
  }
}

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never

function workerCore(worker: Worker, onFailure: () => CoreClient): CoreClient {
  let next = 1
  let failed: CoreClient | null = null
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>()
  worker.onmessage = (event: MessageEvent<CoreReply>) => {
    const reply = event.data
    const waiter = pending.get(reply.id)
    if (!waiter) return
    pending.delete(reply.id)
    if (reply.ok) waiter.resolve(reply.value)
    else waiter.reject(new Error(reply.error))
  }
  // A worker that cannot load (a platform refusing module workers from file://) is replaced by
  // the in-thread engine: slower, never silent.
  worker.onerror = () => {
    failed ??= onFailure()
    for (const waiter of pending.values()) waiter.reject(new Error('The suggestion worker stopped; suggestions now run in the page.'))
    pending.clear()
  }
  const call = <T>(request: WithoutId<Extract<CoreRequest, { id: number }>>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = next++
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject })
      worker.postMessage({ ...request, id })
    })
  return {
    setRegistry: (entities) => (failed ? failed.setRegistry(entities) : worker.postMessage({ kind: 'registry', entities } satisfies CoreRequest)),
    suggest: (text) => (failed ? failed.suggest(text) : call<SuggestPass>({ kind: 'suggest', text })),
    checks: (article, sources) => (failed ? failed.checks(article, sources) : call<Finding[]>({ kind: 'checks', article, sources })),
    markdown: (article) => (failed ? failed.markdown(article) : call<string>({ kind: 'markdown', article }))
  }
}

let lastEntities: RegistryEntity[] = []

let shared: CoreClient | undefined

/** The app's one core client: a module worker, or the in-thread fallback when workers are unavailable. */
export function coreClient(): CoreClient {
  if (shared) return shared
  try {
    if (typeof Worker === 'undefined') throw new Error('no workers')
    const worker = new Worker(new URL('./coreWorker.ts', import.meta.url), { type: 'module', name: 'copydesk-core' })
    const client = workerCore(worker, () => {
      const fallback = inThreadCore()
      fallback.setRegistry(lastEntities)
      return fallback
    })
    shared = {
      ...client,
      setRegistry: (entities) => {
        lastEntities = entities
        client.setRegistry(entities)
      }
    }
  } catch {
    shared = inThreadCore()
  }
  return shared
}
