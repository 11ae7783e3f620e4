import type { Finding } from '../../../core/checks/Finding'
import type { Article, ParsedArticle } from '../../../core/model/Article'
import type { Source } from '../../../core/model/Source'
import type { SpellingVariant } from '../../../core/suggest/SpellingVariant'
import type { SuggestResult } from '../../../core/suggest/SuggestResult'
import type { RegistryEntity } from '../../../core/suggest/RegistryEntity'

/** What the editor needs from one suggestion pass. */
export interface SuggestPass {
  result: SuggestResult
  variants: SpellingVariant[]
}

/** Requests the core worker answers; every request carries an id its reply repeats. */
export type CoreRequest =
  | { kind: 'registry'; entities: RegistryEntity[] }
  | { id: number; kind: 'suggest'; text: string }
  /** `sources`: the workspace's source registry, for the unattached-source check. */
  | { id: number; kind: 'checks'; article: ParsedArticle; sources?: Source[] }
  | { id: number; kind: 'markdown'; article: Article }

export type CoreReply = { id: number; ok: true; value: SuggestPass | Finding[] | string } | { id: number; ok: false; error: string }
