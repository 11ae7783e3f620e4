import type { DocContext } from './DocContext'
import { isNameWord } from './isNameWord'
import { COMMON_WORDS } from './lexicon/commonWords'
import { FEMALE_NAMES, MALE_NAMES } from './lexicon/firstNames'
import { OPENING_WORDS } from './lexicon/openingWords'
import { ORG_OF_HEADS, ORG_HEADS } from './lexicon/orgHeads'
import { PLACE_HEADS } from './lexicon/placeHeads'
import { SPEECH_VERBS, THOUGHT_VERBS } from './lexicon/speechVerbs'
import { lexiconType } from './lexiconType'
import { nameKey } from './nameKey'

const PARTICLES = new Set('de da di del della der den van von bin ibn al el la le du des dos das y ben bint abu ter zu'.split(' '))
const TITLE_ABBREVIATIONS = new Set('mr mrs ms dr prof sen rep gov gen lt col capt sgt rev st mt jr sr'.split(' '))
const COMPANY_SUFFIXES = new Set(['inc', 'corp', 'co', 'ltd', 'plc', 'llc', 'bros'])
const MAX_LEXICON_WORDS = 5
const MONTH_SURNAMES = new Set(['may', 'june', 'april', 'august'])
const NAME_ADJECTIVES = new Set(['new', 'great', 'big', 'old', 'grand', 'high', 'upper', 'lower', 'little', 'royal', 'holy', 'free', 'first', 'united', 'good'])

/**
 * Maximal runs of name words, as token ranges [s, e): capitalised words joined by particles
 * ("Ludwig van Beethoven"), initials ("William F. Buckley"), "&", and "of/for/on (the)" after an
 * institution word ("University of Sheffield", "Foundation for the Visual Arts"). A capitalised
 * common word opening a sentence or a headline ("The", "Meanwhile", "Welcomes") does not start a
 * run unless a lexicon name starts there ("The Hague").
 */
export function nameRuns(ctx: DocContext): Array<[number, number]> {
  const { tokens } = ctx
  const runs: Array<[number, number]> = []
  let i = 0
  while (i < tokens.length) {
    const t = tokens[i]
    if (!isNameWord(t) || (isCommon(ctx, i) && !lexiconAt(ctx, i))) {
      i++
      continue
    }
    let e = i + 1
    let institution = false
    for (;;) {
      const next = tokens[e]
      if (!next || next.kind === 'break') break
      const prev = tokens[e - 1]
      if (isNameWord(next) && (!COMMON_WORDS.has(next.lower) || ORG_HEADS.has(next.lower))) {
        e++
        continue
      }
      // "Theresa May", "Elizabeth May": a month as a surname after a given name, not before a date.
      if (isNameWord(next) && MONTH_SURNAMES.has(next.lower) && (MALE_NAMES.has(prev.text) || FEMALE_NAMES.has(prev.text)) && !/^\d/.test(tokens[e + 1]?.text ?? '')) {
        e++
        continue
      }
      if (next.text === '.' && next.start === prev.end && isNameWord(tokens[e + 1]) &&
          ((prev.text.length === 1 && prev.cap) || TITLE_ABBREVIATIONS.has(prev.lower))) {
        e += 2
        continue
      }
      // "Apple Inc.", "Samsung Electronics Co. Ltd.": a company suffix keeps its period.
      if (next.text === '.' && next.start === prev.end && prev.cap && COMPANY_SUFFIXES.has(prev.lower) && e - 1 > i) {
        e++
        continue
      }
      if (next.kind === 'word' && PARTICLES.has(next.lower) && !next.cap && isNameWord(tokens[e + 1]) && prev.kind === 'word') {
        e += 2
        continue
      }
      if (next.text === '&' && isNameWord(tokens[e + 1])) {
        e += 2
        continue
      }
      // Once inside an institution's name, a second "of" joins too: "Joint Council for the
      // Welfare of Immigrants", "Union of Rationalist Atheists".
      if ((next.lower === 'of' || next.lower === 'for' || next.lower === 'on') && !next.cap &&
          (ORG_OF_HEADS.has(prev.lower) || ORG_HEADS.has(prev.lower) || PLACE_HEADS.has(prev.lower) || (institution && next.lower !== 'on'))) {
        let j = e + 1
        if (tokens[j]?.lower === 'the') j++
        // "University of Sheffield of the UK": a second "of" before a country names where the
        // institution is, not part of its name.
        const secondOf = institution && next.lower === 'of' && hasOf(ctx, i, e)
        if (secondOf && (lexiconType(nameKey(tokens[j].text)) === 'place' || (isNameWord(tokens[j + 1]) && lexiconType(nameKey(spanText(ctx, j, j + 2))) === 'place' && !isNameWord(tokens[j + 2])))) break
        if (isNameWord(tokens[j]) && !COMMON_WORDS.has(tokens[j].lower)) {
          institution = institution || ORG_OF_HEADS.has(prev.lower) || ORG_HEADS.has(prev.lower)
          e = j + 1
          continue
        }
      }
      break
    }
    // A run never ends on a common word ("Russia Today" is in the lexicon, "Iran Tuesday" is not).
    while (e - 1 > i && COMMON_WORDS.has(tokens[e - 1].lower) && !ORG_HEADS.has(tokens[e - 1].lower) && !lexiconType(nameKey(spanText(ctx, i, e))) &&
      !(MONTH_SURNAMES.has(tokens[e - 1].lower) && (MALE_NAMES.has(tokens[e - 2].text) || FEMALE_NAMES.has(tokens[e - 2].text)))) e--
    // "New Democratic Party", "Great Barrier Reef": a capitalised common adjective before a name
    // that ends in an institution or place word belongs to it.
    let start = i
    const before = tokens[i - 1]
    if (before && before.cap && (!runs.length || runs[runs.length - 1][1] < i) && before.end + 1 === tokens[i].start && NAME_ADJECTIVES.has(before.lower) && (ORG_HEADS.has(tokens[e - 1].lower) || PLACE_HEADS.has(tokens[e - 1].lower))) start = i - 1
    // "University of Texas Arlington Amneh Jafari", "Sheffield University Anna Berg": an
    // institution's name runs into the person speaking for it; a given name ends it.
    const person = personAfterInstitution(ctx, start, e, null)
    if (person > start) {
      runs.push([start, person])
      runs.push([person, e])
    } else {
      runs.push([start, e])
    }
    i = e
  }
  // The same with a given name the lexicon does not know, when the surname also stands alone
  // elsewhere in the text ("… Arlington Amneh Jafari heard …", later "Jafari said").
  const alone = new Set<string>()
  for (const [s, e] of runs) if (e - s === 1) alone.add(tokens[s].text)
  if (!alone.size) return runs
  const out: Array<[number, number]> = []
  for (const [s, e] of runs) {
    const person = e - s >= 4 ? personAfterInstitution(ctx, s, e, alone) : -1
    if (person > s) out.push([s, person], [person, e])
    else out.push([s, e])
  }
  return out
}

/**
 * Where a trailing "Given Surname" starts inside an institution's run, else -1: the given name
 * is a known one, or (with `alone`) the surname is a name the text also uses on its own.
 */
function personAfterInstitution(ctx: DocContext, s: number, e: number, alone: Set<string> | null): number {
  const { tokens } = ctx
  if (e - s < 4) return -1
  for (const k of [e - 2, e - 3]) {
    if (k < s + 2) continue
    const given = tokens[k]
    const known = alone ? k === e - 2 && alone.has(tokens[e - 1].text) && !ORG_HEADS.has(tokens[e - 1].lower) && !PLACE_HEADS.has(tokens[e - 1].lower) : MALE_NAMES.has(given.text) || FEMALE_NAMES.has(given.text)
    if (!known || lexiconType(given.lower) || ORG_HEADS.has(given.lower) || PLACE_HEADS.has(given.lower)) continue
    let rest = true
    for (let j = k + 1; j < e; j++) if (tokens[j].kind !== 'word' || !tokens[j].cap) rest = false
    if (!rest) continue
    const before = tokens[k - 1]
    let connector = false
    for (let j = s + 1; j < k - 1; j++) if (/^(of|for|on)$/.test(tokens[j].lower) && !tokens[j].cap) connector = true
    if (before.kind === 'word' && (connector || ORG_HEADS.has(before.lower))) return k
  }
  return -1
}

function spanText(ctx: DocContext, s: number, e: number): string {
  return ctx.text.slice(ctx.tokens[s].start, ctx.tokens[e - 1].end)
}

/** Whether a multi-word lexicon name starts at token i ("The Hague", "The Gambia"). */
function lexiconAt(ctx: DocContext, i: number): boolean {
  const { tokens } = ctx
  for (let e = i + 2; e <= Math.min(tokens.length, i + MAX_LEXICON_WORDS); e++) {
    if (tokens[e - 1].kind === 'break') return false
    if (lexiconType(nameKey(spanText(ctx, i, e)))) return true
  }
  return false
}

/**
 * A capitalised word that is probably not a name: a known common word anywhere, or — at the start
 * of a sentence or in a headline-style line — a word the text also uses in lower case, or an
 * adverb or participle ("Commenting", "Separately").
 */
function isCommon(ctx: DocContext, i: number): boolean {
  const t = ctx.tokens[i]
  // "US" is a country, "us" a pronoun: a short all-capital word is an abbreviation, not the
  // common word — but "UNLESS" or "WORRIES" in a shouted headline is just a word.
  if (t.text.length > 1 && t.text === t.text.toUpperCase() && /\p{Lu}/u.test(t.text)) {
    return t.text.length > 4 && (COMMON_WORDS.has(t.lower) || ctx.lowerWords.has(t.lower))
  }
  if (COMMON_WORDS.has(t.lower)) return true
  if (!t.cap) return false
  let j = i - 1
  while (j >= 0 && (ctx.tokens[j].kind === 'quote' || ctx.tokens[j].kind === 'punct') && ctx.tokens[j].sent === t.sent) j--
  const initial = j < 0 || ctx.tokens[j].sent !== t.sent || ctx.tokens[j].kind === 'break' || ctx.tokens[i - 1]?.text === ':'
  if (!initial && !ctx.titleParas.has(t.para)) return false
  if (lexiconType(t.lower)) return false
  // "Church of Scientology" opening a sentence: an institution word followed by "of Name".
  const next = ctx.tokens[i + 1]
  if (ORG_OF_HEADS.has(t.lower) && (next?.lower === 'of' || next?.lower === 'for') && isNameWord(ctx.tokens[ctx.tokens[i + 2]?.lower === 'the' ? i + 3 : i + 2])) return false
  if (MALE_NAMES.has(t.text) || FEMALE_NAMES.has(t.text)) return false
  // "Recent reports …", "Critics say …": a frequent word before a lower-case one ("National
  // Guard" keeps its capitalised partner).
  if (OPENING_WORDS.has(t.lower) && !(next && isNameWord(next))) return true
  return ctx.lowerWords.has(t.lower) || /(?:ing|ly|ed)$/.test(t.lower) || SPEECH_VERBS.has(t.lower) || THOUGHT_VERBS.has(t.lower)
}

function hasOf(ctx: DocContext, s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (ctx.tokens[k].lower === 'of' || ctx.tokens[k].lower === 'for') return true
  return false
}
