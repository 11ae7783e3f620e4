import type { Attribution } from './Attribution'
import type { DocContext } from './DocContext'
import type { Mention } from './Mention'
import type { QuoteKind } from './QuoteKind'
import type { QuoteSpan } from './QuoteSpan'
import type { QuoteSuggestion } from './QuoteSuggestion'
import { attributeQuote } from './attributeQuote'
import { findQuoteSpans } from './findQuoteSpans'
import { findReportedSpeech } from './findReportedSpeech'
import type { Referent } from './Referent'
import { genderOf } from './genderOf'
import { DEMONYMS } from './lexicon/demonyms'
import { resolveSpeaker } from './resolveSpeaker'
import type { MentionAt } from './MentionAt'

/** A quote before its speaker is resolved: token range [s, e) and what attributes it. */
interface Candidate {
  s: number
  e: number
  kind: QuoteKind
  attribution: Attribution | null
  span?: QuoteSpan
  thought?: boolean
}

const SCARE_MAX_WORDS = 4
const SCARE_PARTIAL_WORDS = 2
const PARTIAL_MAX_WORDS = 8

/**
 * Direct, partial and reported quotes with their speakers, in text order. Quotation-marked spans
 * come from findQuoteSpans and are attributed by attributeQuote; reported speech comes from
 * findReportedSpeech. A short quotation-marked phrase that nothing attributes is a scare quote or
 * a title ("Saturday Night Live") and is left out; one inside reported speech becomes part of it
 * ("Putin said that Moscow would “try to help …”" is one quote, of kind 'partial': reported
 * speech with some of its words in quotation marks). A quote nothing in its
 * sentence attributes carries the speaker of the quote before it in the same or previous
 * paragraph (a continued or interrupted quote, or the quote after "X was quick to add that …"),
 * else has no speaker; a quote continued over paragraphs and attributed only in a later
 * paragraph takes that attribution as a whole.
 */
export function findQuotes(ctx: DocContext, mentions: Mention[]): QuoteSuggestion[] {
  const { tokens, text } = ctx
  const at = new Int32Array(tokens.length).fill(-1)
  mentions.forEach((m, idx) => at.fill(idx, m.s, m.e))
  const mentionAt: MentionAt = (i) => (i >= 0 && i < at.length && at[i] >= 0 ? mentions[at[i]] : undefined)

  const spans = findQuoteSpans(ctx).filter((sp) => !ctx.metaParas.has(tokens[sp.open].para))
  const inQuote = new Uint8Array(tokens.length)
  spans.forEach((sp, idx) => inQuote.fill(Math.min(255, idx + 1), sp.open, sp.close + 1))

  const candidates: Candidate[] = []
  for (const span of spans) {
    const words = countWords(ctx, span.open, span.close + 1)
    if (!words) continue
    const attribution = attributeQuote(ctx, span, inQuote, mentionAt)
    let firstWord: (typeof tokens)[number] | undefined
    for (let i = span.open; i <= span.close && !firstWord; i++) if (tokens[i].kind === 'word') firstWord = tokens[i]
    const prev = tokens[span.open - 1]
    const embedded = !!prev && prev.kind === 'word' && prev.sent === tokens[span.open].sent
    const partial = !span.continuation && (!!firstWord && !firstWord.cap && !/^\d/.test(firstWord.text) || (embedded && words < PARTIAL_MAX_WORDS))
    // A whole paragraph in quotation marks ("“Building it? Not negotiable.”") is speech however short.
    const opensParagraph = !prev || prev.kind === 'break'
    const lastInside = tokens[span.close - 1]
    const spoken = opensParagraph && span.closed && !!lastInside && /^[,.?!…]$/.test(lastInside.text)
    if (!attribution && !span.continuation && !spoken && words <= SCARE_MAX_WORDS) continue
    // A word or two in quotation marks inside a sentence is a scare quote or a term ("a
    // “support movement”") unless a verb of saying right next to it attributes it ("called him a “crook”").
    const nextToCue = !!attribution && attribution.cue >= 0 && attribution.cue < span.open && span.open - attribution.cue <= 4
    if (partial && !span.continuation && words <= SCARE_PARTIAL_WORDS && !nextToCue && (!attribution || attribution.strength < 0.8)) continue
    // A title in quotation marks ("Saturday Night Live", "Good Morning America") is not speech,
    // even next to a speech verb, unless a colon or comma introduces it as words said.
    // “Really,” she added: speech punctuation inside and a speaker after it make it words said.
    const saidAfter = !!attribution && attribution.cue > span.close && !!lastInside && /^[,?!]$/.test(lastInside.text)
    if (!span.continuation && !saidAfter && titleCase(ctx, span) && !(prev && (prev.text === ':' || prev.text === ','))) continue
    if (span.single && (!attribution || attribution.strength < 0.85 || words < SCARE_MAX_WORDS)) continue
    candidates.push({ s: span.open, e: span.close + 1, kind: partial ? 'partial' : 'direct', attribution, span })
  }

  for (const r of findReportedSpeech(ctx, inQuote, mentionAt)) {
    // Quotation marks inside reported speech: a short fragment joins it, a long quote cuts it.
    let e = r.e
    let quoted = false
    for (let k = candidates.length - 1; k >= 0; k--) {
      const c = candidates[k]
      if (c.s < r.s || c.s >= e) continue
      if (c.kind === 'partial' && c.e <= r.e) {
        candidates.splice(k, 1)
        quoted = true
      } else {
        e = c.s
      }
    }
    while (e > r.s && (tokens[e - 1].text === ':' || tokens[e - 1].text === ',' || tokens[e - 1].kind === 'quote')) e--
    if (countWords(ctx, r.s, e) < (r.minWords ?? 3)) continue
    // Reported speech that carries some words in quotation marks is a partial quote.
    candidates.push({ s: r.s, e, kind: quoted ? 'partial' : 'indirect', attribution: r.attribution, thought: r.thought })
  }
  candidates.sort((a, b) => a.s - b.s)
  dropOverlaps(candidates)
  // A quote continued over paragraphs and attributed only at its end ("…¶… ,” Viguerie says.)
  // is attributed from there as a whole.
  const groupAttribution = new Map<number, Attribution>()
  for (const c of candidates) {
    const g = c.span?.group
    if (g !== undefined && c.attribution && !groupAttribution.has(g)) groupAttribution.set(g, c.attribution)
  }
  for (const c of candidates) {
    const g = c.span?.group
    if (g !== undefined && !c.attribution && !c.span?.continuation) c.attribution = groupAttribution.get(g) ?? null
  }

  const referents: Referent[] = []
  for (const m of mentions) {
    if (m.type !== 'person' || inQuote[m.s]) continue
    // "Muslims", "Christians", "Republicans": a group, never what "he" or "she" stands for.
    if (m.e - m.s === 1 && isGroupNoun(m.text)) continue
    const name = m.canonical ?? m.text
    referents.push({ pos: m.s, name, entityId: m.entityId, gender: genderOf(name, m.role), role: m.role, modifier: tokens[m.e]?.kind === 'poss' })
  }

  const learned = new Map<string, 'm' | 'f'>()
  for (const r of referents) if (r.gender) learned.set(r.name, r.gender)
  // Speakers resolved from pronouns and descriptions, kept apart so adding one stays cheap.
  const speakers: Referent[] = []
  const out: QuoteSuggestion[] = []
  const byGroup = new Map<number, QuoteSuggestion>()
  let previous: { out: QuoteSuggestion; para: number } | undefined
  for (const c of candidates) {
    const start = tokens[c.s].start
    const end = tokens[c.e - 1].end
    const para = tokens[c.s].para
    let speaker: QuoteSuggestion['speaker'] = null
    let cue: string | undefined
    let certainty = 0.5
    let strength = 0.5
    if (c.attribution?.phrase) {
      const phrase = c.attribution.phrase
      const resolved = resolveSpeaker(ctx, phrase, [referents, speakers], learned)
      speaker = { name: resolved.name, start: tokens[phrase.s].start, end: tokens[phrase.e - 1].end }
      if (resolved.entityId) speaker.entityId = resolved.entityId
      certainty = resolved.certainty
      strength = c.attribution.strength
      if (c.attribution.cue >= 0) cue = cueText(ctx, c.attribution.cue)
      if (phrase.kind !== 'name' && resolved.certainty >= 0.5) addReferent(speakers, { pos: phrase.s, name: resolved.name, entityId: resolved.entityId, gender: genderOf(resolved.name), modifier: false })
    } else {
      const group = c.span?.group !== undefined ? byGroup.get(c.span.group) : undefined
      const carried = group ?? (previous && para - previous.para <= 1 && c.kind !== 'indirect' ? previous.out : undefined)
      if (carried?.speaker) {
        speaker = { ...carried.speaker }
        cue = carried.cue
        certainty = group ? 0.8 : 0.6
        strength = group ? 0.8 : 0.6
      }
    }
    const base = c.kind === 'direct' ? 0.9 : c.kind === 'partial' ? 0.75 : c.thought ? 0.45 : 0.7
    const q: QuoteSuggestion = {
      start, end, text: text.slice(start, end), kind: c.kind, speaker,
      confidence: round(base * (0.55 + 0.45 * Math.min(1, (strength + certainty) / 2)))
    }
    if (cue) q.cue = cue
    if (c.span?.group !== undefined) {
      q.group = c.span.group
      if (!byGroup.has(c.span.group)) byGroup.set(c.span.group, q)
    }
    out.push(q)
    if (speaker && (c.kind !== 'indirect' || c.attribution?.phrase?.kind !== 'nominal')) previous = { out: q, para }
  }
  return out
}

/**
 * Quote marks must not overlap (one quote mark per stretch of text): where two candidates
 * overlap, quotation marks beat reported speech, then the longer span wins.
 */
function dropOverlaps(candidates: Candidate[]): void {
  const rank = (c: Candidate) => (c.kind === 'indirect' ? 0 : 1)
  for (let i = 1; i < candidates.length; i++) {
    const a = candidates[i - 1]
    const b = candidates[i]
    if (b.s >= a.e) continue
    const dropB = rank(a) > rank(b) || (rank(a) === rank(b) && a.e - a.s >= b.e - b.s)
    candidates.splice(dropB ? i : i - 1, 1)
    i--
  }
}

function addReferent(referents: Referent[], r: Referent): void {
  let i = referents.length
  while (i > 0 && referents[i - 1].pos > r.pos) i--
  referents.splice(i, 0, r)
}

function cueText(ctx: DocContext, v: number): string {
  const t = ctx.tokens[v]
  if (t.lower === 'according' && ctx.tokens[v + 1]?.lower === 'to') return ctx.text.slice(t.start, ctx.tokens[v + 1].end)
  return t.text
}

function countWords(ctx: DocContext, s: number, e: number): number {
  let n = 0
  for (let i = s; i < e; i++) if (ctx.tokens[i].kind === 'word') n++
  return n
}

/** Every word of at least four letters capitalised: a title or a name, not speech. */
function titleCase(ctx: DocContext, span: QuoteSpan): boolean {
  let long = 0
  for (let i = span.open; i <= span.close; i++) {
    const t = ctx.tokens[i]
    if (t.kind !== 'word' || t.text.length < 4) continue
    if (!t.cap) return false
    long++
  }
  return long > 0 && countWords(ctx, span.open, span.close + 1) <= 8
}

const GROUPS = /^(?:Muslims|Christians|Lutherans|Jews|Hindus|Sikhs|Buddhists|Catholics|Protestants|Mormons|Evangelicals|Latinos|Hispanics|Republicans|Democrats|Conservatives|Liberals|Tories|Socialists|Communists|Independents)$/

function isGroupNoun(name: string): boolean {
  return GROUPS.test(name) || (/[^s]s$/.test(name) && (DEMONYMS.has(name.slice(0, -1)) || DEMONYMS.has(name.replace(/es$/, ''))))
}

function round(x: number): number {
  return Math.round(x * 100) / 100
}
