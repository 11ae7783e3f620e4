import type { EntitySuggestion } from './EntitySuggestion'
import type { QuoteSuggestion } from './QuoteSuggestion'

/** What `suggest` returns: both lists sorted by start offset. */
export interface SuggestResult {
  entities: EntitySuggestion[]
  quotes: QuoteSuggestion[]
}
