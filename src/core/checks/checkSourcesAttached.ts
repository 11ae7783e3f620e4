import { slugify } from '../model/slugify'
import type { Source } from '../model/Source'
import { foldKey } from '../suggest/foldKey'
import type { Check } from './Check'
import type { Finding } from './Finding'
import { bodyTarget } from './bodyTarget'

/** “according to Reuters”, “told the BBC”: the cue right before the name. */
const CUE_BEFORE = /\b(?:according to|told|in an interview with|in a statement to)[ \t]+(?:the[ \t]+)?$/i
/** “Reuters reports”, “the New York Times reported”: the cue right after the name. */
const CUE_AFTER = /^[ \t]+(?:reports|reported|reporting|has reported|had reported|cited|quoted)\b/

/** Entity types a cited source can be (people are speakers, places are not sources). */
const SOURCE_TYPES = new Set(['organization', 'work', 'other'])

interface Mention {
  name: string
  /** The source id, when the registry knows it (or the slug the name would get). */
  id: string
  known: boolean
  start: number
  end: number
}

const fold = (s: string): string => foldKey(s.replace(/\s+/g, ' ').trim())

const WORD_CHAR = /[\p{L}\p{N}]/u

/**
 * Warning: a source the text cites (“…, Reuters reports”, “according to the BBC”, an attribution
 * or quote tagged with a source) that is not attached to the article. With the workspace's
 * sources, every mention of a registered source's name counts; without, the cue phrases above
 * do, when the suggester reads the name as an organisation (so “Peskov told Putin” is not one).
 */
export const checkSourcesAttached: Check = (article, input) => {
  const { body, ctx } = input
  const attached = new Set(article.sources)
  const registry = ctx.sources ?? []
  const byName = new Map<string, Source>()
  for (const s of registry) byName.set(fold(s.name), s)
  const isAttached = (id: string, name?: string): boolean => {
    if (attached.has(id)) return true
    if (name === undefined) return false
    // An attached source with this name, or (without a registry) an id made from the name.
    return registry.some((s) => attached.has(s.id) && fold(s.name) === fold(name)) || attached.has(slugify(name))
  }
  const mentions: Mention[] = []
  const text = body.text

  // Tagged attributions and quotes name their source id outright.
  const starts = new Map(body.blocks.map((b) => [b.index, b.start]))
  for (const span of body.marks) {
    if (span.type !== 'attribution' && span.type !== 'quote') continue
    const id = span.attrs.sourceId
    if (typeof id !== 'string' || !id) continue
    const start = (starts.get(span.blockIndex) ?? 0) + span.from
    const source = registry.find((s) => s.id === id)
    mentions.push({ name: source?.name ?? id, id, known: true, start, end: start + (span.to - span.from) })
  }

  // Registered sources named anywhere in the text, as whole words.
  for (const source of registry) {
    const name = source.name.trim()
    if (name.length < 3) continue
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      if (WORD_CHAR.test(text[at - 1] ?? ' ') || WORD_CHAR.test(text[at + name.length] ?? ' ')) continue
      mentions.push({ name, id: source.id, known: true, start: at, end: at + name.length })
    }
  }

  // Names the suggester reads as organisations, next to a cue phrase (a person or a place
  // is no source to attach: “Peskov told Putin”, “according to Iranian sources”).
  for (const e of input.suggestions().entities) {
    if (!SOURCE_TYPES.has(e.type)) continue
    if (!CUE_BEFORE.test(text.slice(Math.max(0, e.start - 40), e.start)) && !CUE_AFTER.test(text.slice(e.end, e.end + 20))) continue
    if (byName.has(fold(e.text))) continue // found above by name
    mentions.push({ name: e.text, id: slugify(e.text), known: false, start: e.start, end: e.end })
  }

  const findings: Finding[] = []
  const reported = new Set<string>()
  for (const m of mentions.sort((a, b) => a.start - b.start)) {
    if (reported.has(m.id) || isAttached(m.id, m.known ? undefined : m.name)) continue
    reported.add(m.id)
    const at = body.locate(m.start)
    if (!at) continue
    const quotedText = text.slice(m.start, m.end)
    const what = m.known && quotedText !== m.name ? `${m.name} (“${quotedText}”)` : `“${m.name}”`
    findings.push({
      id: 'source-unattached',
      key: `source-unattached:${m.id}`,
      severity: 'warning',
      message: `The text cites ${what} as a source, but it is not attached to the article — attach it in the Sources tab.`,
      ...bodyTarget(at.block.index, at.offset, at.offset + (m.end - m.start))
    })
  }
  return findings
}
