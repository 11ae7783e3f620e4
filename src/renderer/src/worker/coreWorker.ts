/// <reference lib="webworker" />
import { runChecks } from '../../../core/checks/runChecks'
import { writeArticleMarkdown } from '../../../core/formats/markdown/writeArticleMarkdown'
import { buildRegistryIndex } from '../../../core/suggest/buildRegistryIndex'
import { findSpellingVariants } from '../../../core/suggest/findSpellingVariants'
import type { RegistryIndex } from '../../../core/suggest/RegistryIndex'
import { suggest } from '../../../core/suggest/suggest'
import type { CoreReply, CoreRequest } from './coreProtocol'

/**
 * The suggester, the preflight checks and the Markdown writer off the UI thread: each pass over a
 * 10,000-word article takes tens of milliseconds, which on the UI thread would be felt as a
 * stutter while typing.
 */
let registry: RegistryIndex = buildRegistryIndex([])

self.onmessage = (event: MessageEvent<CoreRequest>) => {
  const request = event.data
  if (request.kind === 'registry') {
    registry = buildRegistryIndex(request.entities)
    return
  }
  let reply: CoreReply
  try {
    if (request.kind === 'markdown') {
      reply = { id: request.id, ok: true, value: writeArticleMarkdown(request.article) }
    } else if (request.kind === 'suggest') {
      const result = suggest(request.text, registry)
      reply = { id: request.id, ok: true, value: { result, variants: findSpellingVariants(request.text, result.entities, registry) } }
    } else {
      reply = { id: request.id, ok: true, value: runChecks(request.article, { registry, sources: request.sources }) }
    }
  } catch (error) {
    reply = { id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) }
  }
  self.postMessage(reply)
}
