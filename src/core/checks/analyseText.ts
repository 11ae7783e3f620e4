import { findSpellingVariants } from '../suggest/findSpellingVariants'
import { suggest } from '../suggest/suggest'
import type { RegistryIndex } from '../suggest/RegistryIndex'
import type { SpellingVariant } from '../suggest/SpellingVariant'
import type { SuggestResult } from '../suggest/SuggestResult'

/** What the suggester makes of one body text, each part computed on first use. */
export interface TextAnalysis {
  suggestions(): SuggestResult
  spellingVariants(): SpellingVariant[]
}

let last: { text: string; registry: RegistryIndex | undefined; analysis: TextAnalysis } | undefined

/**
 * The suggester's reading of the body text, remembering the last one: the status bar and the
 * Checks tab check the same text after an edit, and a metadata edit leaves the body as it was,
 * so the costly part of the checks (`suggest`, about 100 ms on 10,000 words) runs once per
 * body change. One entry only: memory stays flat however many articles are checked.
 */
export function analyseText(text: string, registry: RegistryIndex | undefined): TextAnalysis {
  if (last && last.text === text && last.registry === registry) return last.analysis
  let suggestions: SuggestResult | undefined
  let variants: SpellingVariant[] | undefined
  const analysis: TextAnalysis = {
    suggestions: () => (suggestions ??= suggest(text, registry)),
    spellingVariants: () => (variants ??= findSpellingVariants(text, analysis.suggestions().entities, registry))
  }
  last = { text, registry, analysis }
  return analysis
}
