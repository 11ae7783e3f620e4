import type { Attribution } from './Attribution'
import type { DocContext } from './DocContext'
import type { MentionAt } from './MentionAt'
import { isAdverb } from './isAdverb'
import { isSpeechVerb } from './isSpeechVerb'
import { PRONOUNS } from './lexicon/pronouns'
import { ROLE_NOUNS } from './lexicon/roleNouns'
import { readSpeakerPhrase } from './readSpeakerPhrase'

const TIME_NOUNS = new Set('monday tuesday wednesday thursday friday saturday sunday week month year night morning afternoon evening weekend'.split(' '))
const NOT_SUBJECT = new Set(['to', 'of', 'in', 'on', 'at', 'for', 'with', 'via', 'from', 'by', 'and', 'or', 'about', 'than', 'as', 'into', 'over'])

/** The speaker phrase that ends right before token v (skipping "also", "has"): "Peskov also said". */
export function subjectBefore(ctx: DocContext, v: number, mentionAt: MentionAt): Attribution['phrase'] {
  const { tokens } = ctx
  let e = v
  while (e > 0 && tokens[e - 1].kind === 'word' && !tokens[e - 1].cap && isAdverb(tokens[e - 1].lower)) e--
  // A time phrase between subject and verb: "The Kremlin on Tuesday denied", "Peskov last week said".
  if (e > 1 && TIME_NOUNS.has(tokens[e - 1].lower) && /^(on|last|this|late|early|earlier)$/.test(tokens[e - 2].lower)) e -= 2
  else if (e > 0 && /^(yesterday|today|tonight)$/.test(tokens[e - 1].lower)) e--
  if (e <= 0) return null
  // A party-and-state tag between name and verb: "Sen. Mitch McConnell (R-Ky.) said".
  if (tokens[e - 1].text === ')') {
    let o = e - 1
    while (o > 0 && e - o < 8 && tokens[o].text !== '(') o--
    if (tokens[o].text === '(') e = o
  }
  if (e <= 0) return null
  const prev = tokens[e - 1]
  if (prev.kind === 'word' && (PRONOUNS.has(prev.lower) || prev.lower === 'who')) return { s: e - 1, e, kind: 'pronoun' }
  const m = mentionAt(e - 1)
  if (m && m.e === e) {
    // "Sam Lau, the communications director for the Iowa Democratic Party said": an apposition
    // left open before the verb — the person named before it speaks, not the organisation.
    if (m.type === 'organization' || m.type === 'place') {
      const person = openApposition(ctx, m.s, mentionAt)
      if (person) return person
    }
    // Extend over a title written before the name ("Kremlin spokesman Dmitry Peskov") for display.
    return { s: m.s, e, kind: 'name', mention: m }
  }
  if (prev.text === ',') return appositive(ctx, e - 1, mentionAt) ?? clauseSubject(ctx, e - 1, mentionAt)
  // "Humphrey, who calls Trump a “sociopath,” said": a relative clause that ends in a quotation.
  if (prev.kind === 'quote' && tokens[e - 2]?.text === ',') return relativeBeforeQuote(ctx, e - 2, mentionAt)
  if (prev.kind !== 'word') return null
  // A description: the longest run of words back to a determiner or the clause start.
  let s = e - 1
  while (s > 0 && e - s < 7) {
    const t = tokens[s - 1]
    if (t.kind !== 'word' || NOT_SUBJECT.has(t.lower) || isSpeechVerb(t)) break
    s--
  }
  if (tokens[s]?.kind !== 'word') return null
  return readSpeakerPhrase(ctx, s, e, mentionAt) ?? relativeHead(ctx, e, mentionAt) ?? wholeClause(ctx, e, mentionAt)
}

/** The name before ", who …" when the relative clause ends at the comma c (inside a quotation). */
function relativeBeforeQuote(ctx: DocContext, c: number, mentionAt: MentionAt): Attribution['phrase'] {
  const { tokens } = ctx
  const sent = tokens[c].sent
  for (let w = c - 1; w > 1 && c - w < 30 && tokens[w].sent === sent && tokens[w].kind !== 'break'; w--) {
    if (!/^(who|whose)$/.test(tokens[w].lower)) continue
    if (tokens[w - 1].text !== ',') return null
    const m = mentionAt(w - 2)
    return m && m.e === w - 1 && (m.type === 'person' || m.type === 'organization') ? { s: m.s, e: m.e, kind: 'name', mention: m } : null
  }
  return null
}

/** The person before ", the ROLE of/for/at ORG" (org starting at token o), if any. */
function openApposition(ctx: DocContext, o: number, mentionAt: MentionAt): Attribution['phrase'] {
  const { tokens } = ctx
  if (tokens[o - 1]?.lower === 'the') o--
  if (!/^(of|for|at|with)$/.test(tokens[o - 1]?.lower ?? '')) return null
  let role = false
  for (let j = o - 2; j > 0 && o - j <= 7; j--) {
    const t = tokens[j]
    if (t.text === ',') {
      const person = mentionAt(j - 1)
      return role && person && person.e === j && person.type === 'person' ? { s: person.s, e: person.e, kind: 'name', mention: person } : null
    }
    if (t.kind !== 'word') return null
    if (ROLE_NOUNS.has(t.lower)) role = true
  }
  return null
}

/**
 * "a White House official who spoke anonymously to discuss strategy said": the phrase before a
 * relative "who" within the few words before the verb.
 */
function relativeHead(ctx: DocContext, e: number, mentionAt: MentionAt): Attribution['phrase'] {
  const { tokens } = ctx
  for (let w = e - 1; w > 0 && e - w < 14; w--) {
    const t = tokens[w]
    if (t.kind === 'break' || t.kind === 'quote' || /^[.;:!?]$/.test(t.text)) return null
    if (t.lower !== 'who') continue
    const head = subjectBefore(ctx, w, mentionAt)
    return head && head.kind !== 'pronoun' ? head : null
  }
  return null
}

/**
 * Any noun phrase that fills the clause up to the verb, when nothing more specific matched:
 * "Politicians and even some technologists say", "People briefed on the move said". The head is
 * its last word; the phrase must start the sentence or follow a comma or conjunction.
 */
function wholeClause(ctx: DocContext, e: number, mentionAt: MentionAt): Attribution['phrase'] {
  const { tokens } = ctx
  let s = e - 1
  while (s > 0 && e - s < 12 && tokens[s - 1].kind !== 'break' && tokens[s - 1].sent === tokens[e - 1].sent &&
    !/^[,;:()—–]$/.test(tokens[s - 1].text) && tokens[s - 1].kind !== 'quote' && !/^(but|and|so|or|while|because|although)$/.test(tokens[s - 1].lower)) s--
  if (e - s >= 12) return null
  if (/^(in|on|at|if|as|which|what|when|where|while|who|whom|to|for|of|by|with|from|after|before|during|since|because|although|though|unless|until)$/.test(tokens[s].lower)) return null
  for (let i = s; i < e; i++) {
    const t = tokens[i]
    if (t.kind === 'word' && !t.cap && (isSpeechVerb(t) || /ing$/.test(t.lower) || /^(to|is|are|was|were|has|had|have|will|would|can|could|that|if)$/.test(t.lower))) return null
  }
  while (s < e && /^(but|and|so|then|now|still|yet|however)$/.test(tokens[s].lower)) s++
  if (s >= e) return null
  let inner: ReturnType<MentionAt>
  for (let i = s; i < e && !inner; i++) inner = mentionAt(i)
  return { s, e, kind: inner && inner.s === s ? 'name' : 'nominal', head: tokens[e - 1].lower, mention: inner }
}

/**
 * The subject of a clause whose apposition holds commas of its own ("Sandy Phillips, whose
 * daughter was killed in Aurora, Colorado, in July 2012, said"): the first name of the sentence
 * that a comma follows.
 */
function clauseSubject(ctx: DocContext, c: number, mentionAt: MentionAt): Attribution['phrase'] {
  const { tokens } = ctx
  const sent = tokens[c].sent
  let s = c
  while (s > 0 && c - s < 45 && tokens[s - 1].sent === sent && tokens[s - 1].kind !== 'break') s--
  for (let i = s; i < c; i++) {
    const m = mentionAt(i)
    if (!m) continue
    if ((m.type === 'person' || m.type === 'organization') && tokens[m.e]?.text === ',') return { s: m.s, e: m.e, kind: 'name', mention: m }
    i = m.e - 1
  }
  return null
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

