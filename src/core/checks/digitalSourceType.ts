/** IPTC Digital Source Type terms for images made by generative AI or other algorithms. */
const GENERATED = new Set(['trainedalgorithmicmedia', 'compositewithtrainedalgorithmicmedia', 'algorithmicmedia'])
/** Terms for images assembled from several sources. */
const COMPOSITE = new Set(['composite', 'compositecapture', 'compositesynthetic', 'compositewithtrainedalgorithmicmedia'])

/** The CV term of a Digital Source Type value, whether a full URI or the bare term. */
function term(value: string): string {
  return (value.trim().split(/[/#:]/).pop() ?? '').toLowerCase()
}

/**
 * What a Digital Source Type (…/digitalsourcetype/trainedAlgorithmicMedia) says the reader
 * must be told: 'ai' for generated images, 'composite' for composites, null for a photograph.
 */
export function syntheticKind(digitalSourceType: string | undefined): 'ai' | 'composite' | null {
  if (!digitalSourceType) return null
  const t = term(digitalSourceType)
  if (GENERATED.has(t)) return 'ai'
  if (COMPOSITE.has(t)) return 'composite'
  return null
}
