import type { Finding } from '../../../core/checks/Finding'
import type { ParsedArticle } from '../../../core/model/Article'
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
  | { id: number; kind: 'checks'; article: ParsedArticle }

export type CoreReply = { id: number; ok: true; value: SuggestPass | Finding[] } | { id: number; ok: false; error: string }
