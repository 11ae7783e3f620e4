import type { DocContext } from './DocContext'
import type { Mention } from './Mention'
import type { MentionAt } from './MentionAt'
import { isAbbreviationPeriod } from './isAbbreviationPeriod'
import { isAdverb } from './isAdverb'
import { PRONOUNS } from './lexicon/pronouns'
import { COMMON_WORDS } from './lexicon/commonWords'
import { ROLE_NOUNS } from './lexicon/roleNouns'
import { SPEAKER_NOUNS } from './lexicon/speakerNouns'
import type { SpeakerPhrase } from './SpeakerPhrase'
import { SPEECH_VERBS, THOUGHT_VERBS } from './lexicon/speechVerbs'

const DETERMINERS = new Set(
  ('the a an this that these those his her their its our one another two three four some several many other both each ' +
    'any no most senior top local').split(' ')
)
const NOT_IN_PHRASE = new Set('in on at to by for with from of into about over after before during and or but as than'.split(' '))
const CLAUSE_WORDS = new Set('is are was were be been being has have had do does did will would can could should may might must to by'.split(' '))
const QUANTIFIERS = new Set(['others', 'many', 'some', 'few', 'most', 'several', 'both', 'all'])
const STOP = new Set([',', '.', ';', ':', '!', '?', '(', ')', '—', '–'])

/**
 * Reads the speaker phrase that fills tokens [s, e) exactly — what stands between a quote and
 * its speech verb, or after an inverted verb ("said Ambassador Mohib"). An apposition after a
 * name ("Brent Bozell III, founder of …,") is allowed; the phrase's head is then the name.
 * Returns null when the words do not look like a speaker (a clause, a verb, a long stretch).
 */
export function readSpeakerPhrase(ctx: DocContext, s: number, e: number, mentionAt: MentionAt): SpeakerPhrase | null {
  const { tokens } = ctx
  while (s < e && (tokens[s].text === ',' || tokens[s].kind === 'quote')) s++
  while (e > s && (STOP.has(tokens[e - 1].text) || isAdverb(tokens[e - 1].lower))) e--
  if (e <= s) return null
  // Apposition: keep the part before the first comma when it names someone ("Brent Bozell III,
  // founder of …"), or the name after it ("another friend, Mariam Emara").
  const comma = findToken(ctx, s, e, ',')
  if (comma > s) {
    const head = readSpeakerPhrase(ctx, s, comma, mentionAt)
    if (head && head.kind !== 'nominal') return head
    const tail = mentionAt(comma + 1)
    if (tail && tail.s === comma + 1 && tail.e === e && tail.type === 'person') return { s: tail.s, e, kind: 'name', mention: tail }
    // "the bespectacled, 71-year-old diplomat": a list of adjectives.
    if (head && DETERMINERS.has(tokens[s].lower) && e - s <= 9) {
      const rest = readSpeakerPhrase(ctx, comma + 1, e, mentionAt)
      if (rest && rest.kind === 'nominal') return { s, e, kind: 'nominal', head: rest.head }
      if (rest === null && e - comma - 1 <= 3 && tokens[e - 1].kind === 'word' && ROLE_NOUNS.has(tokens[e - 1].lower)) return { s, e, kind: 'nominal', head: tokens[e - 1].lower }
    }
  }
  if (e - s > 7) return null
  const first = tokens[s]
  if (e - s === 1 && first.kind === 'word' && PRONOUNS.has(first.lower)) return { s, e, kind: 'pronoun' }
  // "according to ouest-france.fr": a web address names its publisher.
  if (e - s === 1 && first.kind === 'word' && /\p{L}\.[a-z]{2,4}$/u.test(first.text)) return { s, e, kind: 'nominal', head: first.lower }
  // "Others say", "Many believe", "Some argue": a quantifier standing for unnamed people.
  if (e - s === 1 && first.kind === 'word' && QUANTIFIERS.has(first.lower)) return { s, e, kind: 'nominal', head: first.lower }
  const m = mentionAt(s)
  if (m) {
    // A name, possibly with a title before it ("Ambassador Mohib" starts with the title).
    if (m.e >= e) return { s, e, kind: 'name', mention: m }
  }
  // A noun phrase: no clause words inside ("Biden was arranging", "defended his", "TV to"),
  // not opening with a preposition ("in a Facebook post").
  if (NOT_IN_PHRASE.has(first.lower) || NOT_IN_PHRASE.has(tokens[e - 1].lower)) return null
  for (let i = s; i < e; i++) {
    const t = tokens[i]
    if (t.kind !== 'word' && t.kind !== 'poss' && t.text !== '-' && !isAbbreviationPeriod(tokens, i)) return null
    if (!t.cap && (SPEECH_VERBS.has(t.lower) || THOUGHT_VERBS.has(t.lower) || CLAUSE_WORDS.has(t.lower))) return null
    if (!t.cap && /(?:ed|ing)$/.test(t.lower) && !DETERMINERS.has(first.lower) && t.lower.length > 4 && !(i === e - 1 && SPEAKER_NOUNS.has(t.lower))) return null
  }
  const inner = lastMention(s, e, mentionAt)
  if (inner && inner.e === e && (inner.s === s || allTitle(ctx, s, inner.s))) return { s, e, kind: 'name', mention: inner }
  const head = tokens[e - 1].lower
  if ((DETERMINERS.has(first.lower) && e - s > 1) || ROLE_NOUNS.has(head) || SPEAKER_NOUNS.has(head)) {
    return { s, e, kind: 'nominal', head, mention: inner }
  }
  if (inner) return { s, e, kind: 'name', mention: inner }
  // A capitalised name nothing typed ("Green said", where "green" is also a word): the name as written.
  if (e - s <= 3 && allTitle(ctx, s, e) && !COMMON_WORDS.has(first.lower)) return { s, e, kind: 'nominal', head }
  return null
}

function lastMention(s: number, e: number, mentionAt: MentionAt): Mention | undefined {
  for (let i = e - 1; i >= s; i--) {
    const m = mentionAt(i)
    if (m) return m
  }
  return undefined
}

/** Capitalised title words only, abbreviations with their period: "President", "Sen.", "Mr.". */
function allTitle(ctx: DocContext, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    if (isAbbreviationPeriod(ctx.tokens, i)) continue
    if (ctx.tokens[i].kind !== 'word' || !ctx.tokens[i].cap) return false
  }
  return true
}

function findToken(ctx: DocContext, s: number, e: number, text: string): number {
  for (let i = s; i < e; i++) if (ctx.tokens[i].text === text) return i
  return -1
}
