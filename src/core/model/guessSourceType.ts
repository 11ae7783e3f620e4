import { PHOTO_AGENCIES } from './lexicon/photoAgencies'
import type { SourceType } from './Source'

const fold = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/^the\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()

/** Wire agencies: the photo agencies' list (most are wires too) and a few text-only ones. */
const WIRES = new Set(
  [...PHOTO_AGENCIES.filter((a) => a.role !== 'distributor').flatMap((a) => [a.name, ...(a.aliases ?? [])]), 'Interfax', 'IRNA', 'Tasnim', 'ISNA', 'Fars', 'ANSA', 'NTB', 'TT', 'Ritzau', 'ANP', 'Belga', 'APA', 'Ukrinform', 'UNIAN', 'PAP', 'CTK', 'MTI'].map(fold)
)
/** Broadcasters by name or by a word in the name (“… Radio”, “… TV”). */
const BROADCASTERS = new Set(['bbc', 'cnn', 'nrk', 'svt', 'dr', 'yle', 'ard', 'zdf', 'rai', 'rte', 'npr', 'pbs', 'abc', 'cbs', 'nbc', 'fox news', 'sky news', 'al jazeera', 'euronews', 'france 24', 'deutsche welle', 'dw', 'voice of america', 'rfe/rl', 'radio free europe', 'itv', 'channel 4 news'])
const BROADCAST_WORD = /\b(?:tv|television|radio|broadcast(?:ing|er)?|channel)\b/i
const SOCIAL = /\b(?:on|via)\s+(?:x|twitter|telegram|facebook|instagram|tiktok|bluesky|mastodon)\b|\b(?:telegram channel|post on)\b/i

/**
 * A first guess at a source's type from its name ("Reuters" → wire, "BBC" → broadcast), for a
 * source the desk is about to create; `context` is the text around it ("…, he wrote on X").
 * Falls back to `fallback` (a website, the most common kind of named source).
 */
export function guessSourceType(name: string, context = '', fallback: SourceType = 'website'): SourceType {
  const key = fold(name)
  if (WIRES.has(key)) return 'wire'
  if (BROADCASTERS.has(key) || BROADCAST_WORD.test(name)) return 'broadcast'
  if (SOCIAL.test(context)) return 'social-media'
  if (/\b(?:statement|press release|news release)\b/i.test(context)) return 'press-release'
  return fallback
}
