import { foldKey } from '../suggest/foldKey'
import type { EntitySuggestion } from '../suggest/EntitySuggestion'
import type { Check } from './Check'
import { DEFAULT_UNTAGGED_CONFIDENCE } from './CheckContext'
import type { Finding } from './Finding'
import { bodyTarget } from './bodyTarget'

const TYPE_WORD: Record<string, string> = {
  person: 'a person',
  organization: 'an organisation',
  place: 'a place',
  event: 'an event',
  work: 'a work',
  other: 'a name'
}

const fold = (text: string): string => foldKey(text.replace(/\s+/g, ' ').trim())

/**
 * Whether the desk rejected this suggestion in this article. Rejections are suggestion keys
 * whose last `:`-separated part is the name as written or the entity id (`entity:person:Putin`);
 * a bare name works too.
 */
function rejectedKeys(rejected: string[] | undefined): Set<string> {
  return new Set((rejected ?? []).map((r) => fold(r.slice(r.lastIndexOf(':') + 1))))
}

/**
 * Warning: a name the suggester is sure of (confidence at or above the threshold) with mentions
 * no entity tag covers. One finding per name, jumping to its first untagged mention; a surname
 * alone (“Putin”) counts with the full name (“Vladimir Putin”) the article gives elsewhere.
 * Suggestions the desk rejected are left alone.
 */
export const checkUntaggedEntities: Check = (article, input) => {
  const { body, ctx } = input
  const threshold = ctx.untaggedConfidence ?? DEFAULT_UNTAGGED_CONFIDENCE
  const suggestions = input.suggestions().entities
  if (!suggestions.length) return []
  // Characters covered by an entity tag, by offset into body.text.
  const tagged = new Uint8Array(body.text.length + 1)
  const starts = new Map(body.blocks.map((b) => [b.index, b.start]))
  for (const span of body.marks) {
    if (span.type !== 'entity') continue
    const start = starts.get(span.blockIndex)
    if (start !== undefined) tagged.fill(1, start + span.from, start + span.to)
  }
  const fullNames = new Map<string, EntitySuggestion>()
  for (const s of suggestions) {
    const words = s.text.split(/\s+/)
    if (s.type === 'person' && words.length > 1) fullNames.set(fold(words[words.length - 1]!), fullNames.get(fold(words[words.length - 1]!)) ?? s)
  }
  const rejected = rejectedKeys(article.rejected)
  const groups = new Map<string, { label: EntitySuggestion; mentions: EntitySuggestion[] }>()
  for (const s of suggestions) {
    if (s.confidence < threshold) continue
    let covered = false
    for (let i = s.start; i < s.end && !covered; i++) covered = tagged[i] === 1
    if (covered) continue
    if (rejected.has(fold(s.text)) || (s.entityId && rejected.has(fold(s.entityId)))) continue
    const single = s.type === 'person' && !/\s/.test(s.text.trim())
    const full = single ? fullNames.get(fold(s.text)) : undefined
    const label = full ?? s
    const group = groups.get(label.entityId ?? `${label.type}:${fold(label.text)}`) ?? { label, mentions: [] }
    group.mentions.push(s)
    groups.set(label.entityId ?? `${label.type}:${fold(label.text)}`, group)
  }
  const findings: Finding[] = []
  for (const { label, mentions } of groups.values()) {
    const first = mentions[0]!
    const at = body.locate(first.start)
    if (!at) continue
    const count = mentions.length === 1 ? 'once' : `${mentions.length} times`
    const names = [...new Set(mentions.map((m) => m.text))]
    const shown = names.map((n) => `“${n}”`).join(' / ') + (names.includes(label.text) ? '' : ` (${label.text})`)
    findings.push({
      id: 'untagged-entity',
      // The key names the entity as written, so an override holds with or without a registry.
      key: `untagged-entity:${label.type}:${fold(label.text)}`,
      severity: 'warning',
      message: `${shown} looks like ${TYPE_WORD[label.type] ?? 'a name'} but is not tagged (${count}) — tag it, or dismiss the suggestion.`,
      ...bodyTarget(at.block.index, at.offset, at.offset + (first.end - first.start))
    })
  }
  return findings
}
