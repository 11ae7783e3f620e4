import type { DocContext } from './DocContext'
import type { Mention } from './Mention'
import type { EntityType } from './EntityType'
import { DEMONYMS } from './lexicon/demonyms'
import { EVENT_HEADS } from './lexicon/eventHeads'
import { FEMALE_NAMES, MALE_NAMES } from './lexicon/firstNames'
import { ORG_HEADS, ORG_OF_HEADS } from './lexicon/orgHeads'
import { PLACE_HEADS } from './lexicon/placeHeads'
import { ROLE_NOUNS } from './lexicon/roleNouns'
import { SPEECH_VERBS } from './lexicon/speechVerbs'
import { TITLE_WORDS } from './lexicon/titles'
import { isAbbreviationPeriod } from './isAbbreviationPeriod'
import { lexiconType } from './lexiconType'
import { nameKey } from './nameKey'

/** Abbreviations that are not organisations: titles, measures, common nouns. */
const NOT_ORG_ACRONYMS = new Set('VIP IQ CEO CFO COO CTO GDP GNP AIDS HIV DNA RNA PHD TV PC ID OK AM PM USB GPS VR AR AI FAQ ICU ER MP MEP QC KC POTUS FLOTUS VP PR HR IT IPO ETF CPI PMI LGBT LGBTQ COVID SARS MRI CT UV RSVP ASAP TBA TBC DIY BBQ NB PS UFO GMT UTC BST EST EDT CST CDT MST MDT PST PDT CET CEST EET IST JST AEST AEDT USD EUR GBP JPY CNY RMB HTML HTTP HTTPS URL PDF API CSS XML JSON SMS MMS SUV LED LCD DVD CD TB MB GB KB'.split(' '))
const COMPASS = new Set('north south east west northern southern eastern western central upper lower greater inner outer'.split(' '))
const STRONG_ORG_WORDS = new Set('school university college police church party council company bank corporation institute department ministry agency union association'.split(' '))
/** Place heads that are also common surnames: "Marc Lamont Hill", "Rand Paul Field" is rare. */
const SURNAME_HEADS = new Set('hill hills park wood woods field fields ford brook brooks banks lane mills springs cross bridge'.split(' '))
/** Party labels written before a politician's name ("Democrat Hillary Clinton"). */
const PARTY_WORDS = new Set('conservative conservatives liberal liberals democrat democratic republican labour labor tory green socialist communist libertarian independent centrist progressive'.split(' '))
/** Plural people-nouns after a place that are no team nickname ("Gaza Christians"). */
const GROUP_NOUNS = new Set('christians muslims jews hindus sikhs catholics protestants mormons evangelicals latinos hispanics americans europeans asians africans arabs kurds sunnis shiites liberals conservatives progressives socialists communists nationalists loyalists republicans democrats independents voters residents citizens'.split(' '))
const HONORIFICS = new Set('mr mrs ms mx dr prof sen rep gov gen lt col capt sgt rev'.split(' '))
/** Institution words that open an organisation's name in other European languages. */
const LEADING_ORG_HEADS = new Set(('instituto istituto institut universidad universidade università universita université universite universität universitat ' +
  'universiteit banco banca banque partido partito parti liceo lycée colegio collegio escuela scuola hospital ospedale hôpital museo musée ' +
  'fundación fundacion fondazione fondation stiftung compagnie compañía società societa ministerio ministero ministère movimento movimiento ' +
  'asociación asociacion associazione federazione federación confederación confederazione sindicato sindacato').split(' '))
/** Endings of ordinary nouns and adjectives, seldom of names (longer words only). */
const WORD_ENDINGS = /^\p{L}{3,}(?:ful|ous|ness|ment|tion|sion|ity|ism|able|ible|ical|less|ive|ship|hood)$/u
const PLACE_OF_HEADS = new Set('gulf strait isle bay sea lake mount cape port state city province county'.split(' '))

/**
 * Turns one run of name words into mentions with a first, local guess at their type. Titles are
 * cut ("US President Donald Trump" → place "US" + person "Donald Trump"), a lone nationality
 * adjective or title is dropped, and the type comes from the lexicons, head words ("… Council",
 * "… Stadium"), given names, a role noun before the name ("spokesman Dmitry Peskov") or a speech
 * verb after it.
 */
export function typeRun(ctx: DocContext, s: number, e: number): Mention[] {
  const { tokens } = ctx
  // "Minister of Education Stefania Giannini": the portfolio belongs to the title before "of".
  if (tokens[s - 1]?.lower === 'of' && ROLE_NOUNS.has(tokens[s - 2]?.lower ?? '')) {
    let k = s
    while (k < e - 1 && TITLE_WORDS.has(tokens[k].lower)) k++
    if (k > s && personLike(ctx, k, e)) return [{ ...mention(ctx, k, e), type: 'person', score: 0.8, role: tokens[s - 2].lower }]
  }
  const words = wordIndexes(ctx, s, e)
  if (!words.length) return []
  const whole = mention(ctx, s, e)
  // "Mr. Prince", "Sen. Cruz", "Dr. Gray": an honorific with its period names a person, whatever the word.
  const honorific = honorificBefore(ctx, s)
  if (honorific && words.length <= 3 && words.every((w) => !ORG_HEADS.has(tokens[w].lower))) return [{ ...whole, type: 'person', score: 0.85, role: honorific }]
  const lex = lexiconType(whole.key)
  if (lex) return [{ ...whole, type: lex, score: 0.9 }]

  // Title cut: the last role noun followed by a person-like remainder.
  for (let k = words.length - 2; k >= 0; k--) {
    const r = words[k]
    if (!ROLE_NOUNS.has(tokens[r].lower)) continue
    // "Dean Kamen" is a name, "Dean Smith" may be a dean: a given name only cuts before two words.
    if (isGivenName(tokens[r].text) && k === 0 && words.length - k - 1 < 2) continue
    let rs = r + 1
    if (tokens[rs]?.text === '.') rs++
    if (rs >= e || !personLike(ctx, rs, e)) break
    const person: Mention = { ...mention(ctx, rs, e), type: 'person', score: 0.85, role: tokens[r].lower }
    return [...prefixMentions(ctx, s, r + 1), person]
  }

  // A lone title or nationality adjective is not an entity ("President", "Iranian", "Foreign Minister").
  if (words.every((w) => TITLE_WORDS.has(tokens[w].lower) || DEMONYMS.has(tokens[w].text))) {
    const plural = words.length === 1 && /s$/.test(tokens[s].text) && DEMONYMS.has(tokens[s].text.replace(/e?s$/, ''))
    return plural ? [{ ...whole, type: 'person', score: 0.5 }] : []
  }

  // A place or organisation name glued to a person's name: "… the United States Hamdullah Mohib".
  for (let k = 1; k < words.length - 1; k++) {
    const w = words[k]
    const head = tokens[words[k - 1]].lower
    // Without a known given name, only an institution word marks the seam: "Refugee Council Enver Solomon".
    if (!isGivenName(tokens[w].text) && !(ORG_HEADS.has(head) && words.length - k >= 2 && words.length - k <= 3 && words.slice(k).every((x) => !ctx.lowerWords.has(tokens[x].lower)))) continue
    if (acrossSeam(ctx, words, k)) continue
    // "Foundation for the Visual Arts" joins its words with "for the": no seam there.
    if (w !== words[k - 1] + 1) continue
    // "Conservative Bernard Trottier", "Republican Ted Cruz": a party or nationality word before a given name.
    const affiliation = isGivenName(tokens[w].text) && words.slice(0, k).every((x) => PARTY_WORDS.has(tokens[x].lower) || DEMONYMS.has(tokens[x].text))
    if (affiliation && personLike(ctx, w, e)) return [{ ...mention(ctx, w, e), type: 'person', score: 0.8 }]
    if (lexiconType(nameKey(span(ctx, s, words[k - 1] + 1))) || ORG_HEADS.has(head) || PLACE_HEADS.has(head)) {
      if (personLike(ctx, w, e)) {
        return [...typeRun(ctx, s, words[k - 1] + 1), { ...mention(ctx, w, e), type: 'person', score: 0.75 }]
      }
    }
  }

  // A known name followed by words that do not belong to it: "Google Science Fair" → "Google",
  // "United States Hamdullah Mohib" → place + person, "Los Angeles Sheriff" → place.
  for (let k = words.length - 1; k >= 1; k--) {
    const cut = words[k - 1] + 1
    const lex = lexiconType(nameKey(span(ctx, s, cut)))
    if (!lex) continue
    const rest = words.slice(k).map((w) => tokens[w])
    const last = rest[rest.length - 1].lower
    if (ORG_HEADS.has(last) || PLACE_HEADS.has(last) || EVENT_HEADS.has(last)) break
    // "U.S. Department of Agriculture", "US Justice Department": an institution named after a place.
    if (rest.some((t) => ORG_HEADS.has(singular(t.lower))) || ORG_OF_HEADS.has(rest[0].lower)) return [{ ...whole, type: 'organization', score: 0.75 }]
    // "Boston Celtics", "Kansas City Chiefs": a place and a plural nickname name a team — not
    // "Iowa Democrats" or "California Latinos", which are people of the place.
    const nickname = rest[rest.length - 1]
    if (lex === 'place' && rest.length <= 2 && /[^s']s$/.test(nickname.text) && !PARTY_WORDS.has(nickname.lower.replace(/s$/, '')) && !PARTY_WORDS.has(nickname.lower) &&
      !DEMONYMS.has(nickname.text.replace(/e?s$/, '')) && !DEMONYMS.has(nickname.text.replace(/s$/, '')) && !ctx.lowerWords.has(nickname.lower) && !GROUP_NOUNS.has(nickname.lower)) {
      return [{ ...whole, type: 'organization', score: 0.65 }]
    }
    const prefix: Mention = { ...mention(ctx, s, cut), type: lex, score: 0.8 }
    if (rest.every((t) => TITLE_WORDS.has(t.lower))) return [prefix]
    if (rest.length >= 2 && rest.length <= 3 && personLike(ctx, words[k], e)) return [prefix, { ...mention(ctx, words[k], e), type: 'person', score: 0.6 }]
    return [prefix, ...typeRun(ctx, words[k], e).map((m) => ({ ...m, type: m.type === 'person' ? null : m.type, score: Math.min(m.score, 0.4) }))]
  }

  // "British Red Cross", "US Federal Reserve": a qualifier before a known organisation.
  for (let k = 1; k < words.length; k++) {
    if (lexiconType(nameKey(span(ctx, words[k], e))) === 'organization') return [{ ...whole, type: 'organization', score: 0.75 }]
  }

  const [type, score] = localType(ctx, s, e, words)
  const m: Mention = { ...whole, type, score }
  const role = roleBefore(ctx, s)
  if (role && (type === 'person' || type === null)) return [{ ...m, type: 'person', score: Math.max(score, 0.8), role }]
  return [m]
}

function localType(ctx: DocContext, s: number, e: number, words: number[]): [EntityType | null, number] {
  const { tokens } = ctx
  const first = tokens[words[0]]
  const last = tokens[words[words.length - 1]]
  const hasOf = words.length !== e - s && tokens.slice(s, e).some((t) => t.lower === 'of' || t.lower === 'for')
  const lastHead = singular(last.lower)
  if (hasOf && PLACE_OF_HEADS.has(first.lower)) return ['place', 0.7]
  // "Andy Warhol Foundation for the Visual Arts", "Joint Council for the Welfare of Immigrants".
  if (hasOf) {
    for (let i = s + 1; i < e; i++) {
      if ((tokens[i].lower === 'of' || tokens[i].lower === 'for') && (ORG_HEADS.has(tokens[i - 1].lower) || ORG_OF_HEADS.has(tokens[i - 1].lower)) && !PLACE_OF_HEADS.has(tokens[i - 1].lower)) return ['organization', 0.75]
    }
  }
  if (EVENT_HEADS.has(last.lower) && words.length > 1 && !ORG_HEADS.has(last.lower)) return ['event', 0.6]
  if (ORG_HEADS.has(lastHead) && words.length > 1) return ['organization', 0.8]
  // "Hurricane Katrina", "Typhoon Haiyan": a named storm is an event, not a person.
  if (words.length > 1 && /^(hurricane|typhoon|cyclone|storm)$/.test(first.lower)) return ['event', 0.7]
  // "Instituto Gonzaga", "Partido Popular", "Banco Santander": Romance and German names lead with the head.
  if (LEADING_ORG_HEADS.has(first.lower) && words.length > 1 && !PLACE_HEADS.has(lastHead)) return ['organization', 0.75]
  // "Marc Lamont Hill" is a person, "Irving Independent School District" an organisation.
  if (isGivenName(first.text) && !lexiconType(first.lower) && words.length <= 4 && SURNAME_HEADS.has(lastHead)) return ['person', 0.6]
  if (PLACE_HEADS.has(lastHead) && words.length > 1) {
    if (words.slice(0, -1).some((w) => STRONG_ORG_WORDS.has(tokens[w].lower))) return ['organization', 0.7]
    return ['place', 0.75]
  }
  // "East Los Angeles", "Northern Ireland": a compass word before a known place.
  if (words.length > 1 && COMPASS.has(first.lower) && lexiconType(nameKey(span(ctx, words[1], e))) === 'place') return ['place', 0.75]
  if (hasOf && ORG_OF_HEADS.has(first.lower)) return ['organization', 0.75]
  if (words.length === 1 && /^\p{Lu}[\p{Lu}&.]{1,6}$/u.test(first.text) && /\p{Lu}.*\p{Lu}/u.test(first.text)) {
    // Roman numerals ("part XVII", "Henry VIII") are not organisations either.
    return NOT_ORG_ACRONYMS.has(first.text.replace(/\./g, '')) || /^[IVXLC]+$/.test(first.text) ? [null, 0.3] : ['organization', 0.6]
  }
  if (words.length === 1 && /s$/.test(first.text) && DEMONYMS.has(first.text.replace(/e?s$/, ''))) return ['person', 0.55]
  // "the Church", "the Party": an institution word standing for the institution named before.
  if (words.length === 1 && ORG_HEADS.has(first.lower) && ctx.tokens[s - 1]?.lower === 'the') return ['organization', 0.45]
  // "Scientology", "Islamophobia", "Catholicism": movements and abstractions, never people.
  const abstract = words.length === 1 && /(?:ology|ism|ity|tion|ment|phobia|ness)$/.test(first.lower)
  if (isGivenName(first.text) && words.length >= 2 && words.length <= 4) return ['person', 0.85]
  // "Park Joo-ho", "Hwang Hee-chan", "Kim Jong-un": a short family name and a hyphenated given name.
  if (words.length === 2 && first.text.length <= 5 && /^\p{Lu}\p{Ll}{1,4}-\p{L}\p{Ll}{1,4}$/u.test(last.text)) return ['person', 0.75]
  const next = nextWord(ctx, e)
  const speaks = !!next && SPEECH_VERBS.has(next.lower) && !next.cap
  const headless = words.every((w) => !ORG_HEADS.has(tokens[w].lower) && !PLACE_HEADS.has(tokens[w].lower))
  if (abstract) return speaks ? ['organization', 0.5] : [null, 0.3]
  if (speaks && headless && words.length <= 4) return ['person', 0.65]
  if (words.length > 1 && words.some((w) => lexiconType(tokens[w].lower) === 'place')) return ['organization', 0.5]
  // Two or three capitalised words nothing else explains are most often a person's name —
  // unless one of them is an ordinary word the text also writes in lower case.
  // … but not right after a possessive ("Warhol's Soup Cans", "Christie's Evening Sale"): a thing.
  // … nor when a word has the ending of an ordinary noun or adjective ("Successful Stormtroopers",
  // "Global Offensive", "Creative Assembly"): names seldom end that way.
  if (words.length >= 2 && words.length <= 3 && headless && !words.some((w) => ctx.lowerWords.has(tokens[w].lower) || WORD_ENDINGS.test(tokens[w].lower)) && tokens[s - 1]?.kind !== 'poss') return ['person', 0.55]
  if (isGivenName(first.text)) return ['person', 0.5]
  return [null, 0.3]
}

/** Mentions inside a cut title: what is left once title words and adjectives are removed. */
function prefixMentions(ctx: DocContext, s: number, e: number): Mention[] {
  const out: Mention[] = []
  let i = s
  while (i < e) {
    const t = ctx.tokens[i]
    const keep = t.kind === 'word' && t.cap && !TITLE_WORDS.has(t.lower) && !DEMONYMS.has(t.text)
    if (!keep) {
      i++
      continue
    }
    let j = i + 1
    while (j < e && ctx.tokens[j].kind === 'word' && ctx.tokens[j].cap && !TITLE_WORDS.has(ctx.tokens[j].lower) && !DEMONYMS.has(ctx.tokens[j].text)) j++
    out.push(...typeRun(ctx, i, j).map((m) => ({ ...m, score: Math.min(m.score, 0.75) })))
    i = j
  }
  return out
}

/** Tokens [s, e) could be a person's name: no institution or place head, not a known place or organisation. */
function personLike(ctx: DocContext, s: number, e: number): boolean {
  const words = wordIndexes(ctx, s, e)
  if (!words.length || words.length > 4) return false
  if (lexiconType(nameKey(span(ctx, s, e)))) return false
  return words.every((w) => {
    const t = ctx.tokens[w]
    return t.cap && !ORG_HEADS.has(t.lower) && !PLACE_HEADS.has(t.lower) && !TITLE_WORDS.has(t.lower)
  })
}

/** A lower-case role noun right before the name: "spokesman Dmitry Peskov", "coach Nabil Maaloul". */
/** An abbreviated honorific with its period right before the name: "Mr.", "Sen.", "Dr.". */
function honorificBefore(ctx: DocContext, s: number): string | undefined {
  const title = ctx.tokens[s - 2]
  if (!title || !isAbbreviationPeriod(ctx.tokens, s - 1) || !HONORIFICS.has(title.lower)) return undefined
  return title.lower
}

function roleBefore(ctx: DocContext, s: number): string | undefined {
  const prev = ctx.tokens[s - 1]
  if (prev && prev.kind === 'word' && !prev.cap && ROLE_NOUNS.has(prev.lower)) return prev.lower
  return undefined
}

function nextWord(ctx: DocContext, e: number) {
  let j = e
  if (ctx.tokens[j]?.text === ',') return undefined
  // Skip an adverb: "Peskov also said".
  if (ctx.tokens[j]?.kind === 'word' && /ly$|^also$|^later$|^then$/.test(ctx.tokens[j].lower) && !ctx.tokens[j].cap) j++
  return ctx.tokens[j]?.kind === 'word' ? ctx.tokens[j] : undefined
}

/** Whether a lexicon name runs across the seam before words[k] ("United | States"). */
function acrossSeam(ctx: DocContext, words: number[], k: number): boolean {
  for (let i = Math.max(0, k - 2); i < k; i++) {
    for (let j = k; j < Math.min(words.length, k + 2); j++) {
      if (lexiconType(nameKey(span(ctx, words[i], words[j] + 1)))) return true
    }
  }
  return false
}

function singular(word: string): string {
  return word.length > 4 && /[^s]s$/.test(word) ? word.slice(0, -1) : word
}

function isGivenName(word: string): boolean {
  return MALE_NAMES.has(word) || FEMALE_NAMES.has(word)
}

function wordIndexes(ctx: DocContext, s: number, e: number): number[] {
  const out: number[] = []
  for (let i = s; i < e; i++) if (ctx.tokens[i].kind === 'word' && (ctx.tokens[i].cap || /-/.test(ctx.tokens[i].text))) out.push(i)
  return out
}

function span(ctx: DocContext, s: number, e: number): string {
  return ctx.text.slice(ctx.tokens[s].start, ctx.tokens[e - 1].end)
}

function mention(ctx: DocContext, s: number, e: number): Mention {
  const text = span(ctx, s, e)
  return { s, e, text, key: nameKey(text), type: null, score: 0 }
}
