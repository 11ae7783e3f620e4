import type { Attribution } from './Attribution'
import type { DocContext } from './DocContext'
import type { MentionAt } from './MentionAt'
import { isAdverb } from './isAdverb'
import { isSpeechVerb } from './isSpeechVerb'
import { PRONOUNS } from './lexicon/pronouns'
import { readSpeakerPhrase } from './readSpeakerPhrase'

const NOT_SUBJECT = new Set(['to', 'of', 'in', 'on', 'at', 'for', 'with', 'via', 'from', 'by', 'and', 'or', 'about', 'than', 'as', 'into', 'over'])

/** The speaker phrase that ends right before token v (skipping "also", "has"): "Peskov also said". */
export function subjectBefore(ctx: DocContext, v: number, mentionAt: MentionAt): Attribution['phrase'] {
  const { tokens } = ctx
  let e = v
  while (e > 0 && tokens[e - 1].kind === 'word' && !tokens[e - 1].cap && isAdverb(tokens[e - 1].lower)) e--
  if (e <= 0) return null
  const prev = tokens[e - 1]
  if (prev.kind === 'word' && PRONOUNS.has(prev.lower)) return { s: e - 1, e, kind: 'pronoun' }
  const m = mentionAt(e - 1)
  if (m && m.e === e) {
    // Extend over a title written before the name ("Kremlin spokesman Dmitry Peskov") for display.
    return { s: m.s, e, kind: 'name', mention: m }
  }
  if (prev.text === ',') return appositive(ctx, e - 1, mentionAt)
  if (prev.kind !== 'word') return null
  // A description: the longest run of words back to a determiner or the clause start.
  let s = e - 1
  while (s > 0 && e - s < 7) {
    const t = tokens[s - 1]
    if (t.kind !== 'word' || NOT_SUBJECT.has(t.lower) || isSpeechVerb(t)) break
    s--
  }
  if (tokens[s]?.kind !== 'word') return null
  return readSpeakerPhrase(ctx, s, e, mentionAt)
}

/**
 * The speaker before an apposition or relative clause that ends with the comma at token c:
 * "Rathke, the State Department spokesperson, said", "Sanders, who endorsed Clinton, said",
 * "the campaign's manager, Robby Mook, said" (the name between the commas).
 */
function appositive(ctx: DocContext, c: number, mentionAt: MentionAt): Attribution['phrase'] {
  const { tokens } = ctx
  const inner = mentionAt(c - 1)
  let open = c - 1
  while (open > 0 && c - open < 25 && tokens[open].text !== ',' && tokens[open].kind !== 'break' && !/^[.;:!?]$/.test(tokens[open].text) && tokens[open].kind !== 'quote') open--
  if (tokens[open]?.text !== ',') return null
  if (inner && inner.e === c && inner.type === 'person' && inner.s === open + 1) return { s: inner.s, e: inner.e, kind: 'name', mention: inner }
  const before = mentionAt(open - 1)
  if (before && before.e === open && (before.type === 'person' || before.type === 'organization')) return { s: before.s, e: before.e, kind: 'name', mention: before }
  const prev = tokens[open - 1]
  if (prev && prev.kind === 'word' && PRONOUNS.has(prev.lower)) return { s: open - 1, e: open, kind: 'pronoun' }
  return null
}

