import { foldKey } from '../suggest/foldKey'
import type { Check } from './Check'
import type { Finding } from './Finding'
import { bodyTarget } from './bodyTarget'

/**
 * Warning: one name spelled two ways in the body (“Araqchi” / “Arakchi”), as the suggester's
 * findSpellingVariants sees it; the message says which spelling to keep (the registry's, else
 * the more frequent) and the finding jumps to the first mention spelled otherwise.
 */
export const checkSpellingVariants: Check = (_article, input) => {
  const { body } = input
  const findings: Finding[] = []
  for (const variant of input.spellingVariants()) {
    const counts = new Map<string, number>()
    for (const m of variant.mentions) counts.set(m.text, (counts.get(m.text) ?? 0) + 1)
    const spellings = [...counts.keys()]
    const odd = variant.mentions.find((m) => m.text !== variant.preferred) ?? variant.mentions[0]!
    const at = body.locate(odd.start)
    if (!at) continue
    const times = (s: string): string => (counts.get(s) === 1 ? 'once' : `${counts.get(s)} times`)
    const listed = spellings.map((s) => `“${s}” (${times(s)})`)
    const ways = `${listed.slice(0, -1).join(', ')} and ${listed[listed.length - 1]}`
    const advice = variant.entityId ? `use the registry's “${variant.preferred}”` : `pick one spelling (most likely “${variant.preferred}”)`
    findings.push({
      id: 'spelling-variant',
      key: `spelling-variant:${spellings.map(foldKey).sort().join('/')}`,
      severity: 'warning',
      message: `A name is spelled ${spellings.length === 2 ? 'two' : String(spellings.length)} ways: ${ways} — ${advice} throughout, unless they are different people.`,
      ...bodyTarget(at.block.index, at.offset, at.offset + (odd.end - odd.start))
    })
  }
  return findings
}
