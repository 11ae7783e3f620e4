import type { Photo } from './Article'
import { PHOTO_AGENCIES, type PhotoAgency, type PhotoAgencyRole } from './lexicon/photoAgencies'

/** What else is known about the photo when its credit line is read (e.g. from its IPTC Creator). */
export interface CreditLineHints {
  /** Names known to be the photographer: a part of the line equal to one of them is the photographer. */
  photographers?: readonly string[]
}

type Slot = 'photographer' | 'agency' | 'distributor'
/** A part that goes into no field (a "Handout" next to the agency that sent it); it stays in the credit line. */
type Choice = Slot | 'none'

interface Part {
  /** The part as it goes into the field ("AP" for "AP Photo"). */
  value: string
  known?: PhotoAgencyRole
  /** Pool, Handout: stands where an agency would, but names none. */
  standIn: boolean
  person: boolean
  org: boolean
  /** Followed "via" or reads like a distributor's desk ("… Editorial", "Alamy Live News"). */
  distributorHint: boolean
  /** Came before "for" ("Jane Doe for Bloomberg") or is a known photographer. */
  photographerHint: boolean
}

const fold = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/\s+/g, ' ')
    .trim()

/** Short acronyms match only as spelled (AP, PA, dpa); longer names ignore case and accents. */
const EXACT = new Map<string, PhotoAgency>()
const FOLDED = new Map<string, PhotoAgency>()
for (const agency of PHOTO_AGENCIES) {
  for (const name of [agency.name, ...(agency.aliases ?? [])]) {
    if (name.length <= 4) EXACT.set(fold(name), agency)
    else FOLDED.set(fold(name).toLowerCase(), agency)
  }
}

function lookup(name: string): PhotoAgency | undefined {
  const folded = fold(name)
  return EXACT.get(folded) ?? FOLDED.get(folded.toLowerCase())
}

interface Recognised {
  value: string
  role: PhotoAgencyRole
  standIn: boolean
}

/**
 * The agency a part names, if it is on the bundled list: as written, without AP's "Photo" suffix
 * ("AP Photo" → AP), with its name spelled out in brackets ("WANA (West Asia News Agency)"), or
 * as a hyphenated compound with a known member ("SalamPix-Abaca", "EPA-EFE"). Only the "Photo"
 * suffix is dropped from the value; everything else keeps its spelling.
 */
function recognise(text: string): Recognised | undefined {
  const whole = lookup(text) ?? lookup(text.replace(/\s*\([^()]*\)$/, ''))
  if (whole) return { value: text, role: whole.role, standIn: Boolean(whole.standIn) }
  const bare = /^(.+?)\s+photos?$/i.exec(text)?.[1]
  const bareAgency = bare ? lookup(bare) : undefined
  if (bare && bareAgency) return { value: bare, role: bareAgency.role, standIn: Boolean(bareAgency.standIn) }
  const members = text.split(/\s*[-–]\s*/)
  if (members.length < 2) return undefined
  const found = members.map((m) => lookup(m) ?? lookup(m.replace(/\s+photos?$/i, ''))).filter((a) => a !== undefined)
  if (found.length === 0) return undefined
  const roles = found.map((a) => a.role)
  const role = roles.every((r) => r === 'distributor') ? 'distributor' : roles.every((r) => r === 'agency') ? 'agency' : 'both'
  return { value: text, role, standIn: found.every((a) => a.standIn) }
}

/** Words that mark an organisation rather than a person ("Nordlys Press", "Big Newspaper"). */
const ORG_WORD =
  /(?:^|[\s.-])(?:press|presse|pictures?|pix|photos?|photography|photographers|images?|imaging|news|newspapers?|agency|agence|agencia|agenzia|agentur|editorial|wire|media|studios?|collective|archives?|library|pool|handout|stock|services?|group|ltd|inc|llc|gmbh|corp|company|foundation|institute|university|museum|times|post|herald|tribune|gazette|journal|daily|network|tv|television|radio|broadcasting|ministry|office|government|police|army|navy|council|department|features|syndicate|syndication|international|online|live|sports?|club|bild|fotos?|magazine|com)(?=$|[\s.,-])/i

const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'del', 'della', 'di', 'da', 'das', 'dos', 'du', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'ben', 'ter', 'ten', 'zu', 'y', 'e', 'af', 'av'])
const NAME_TOKEN = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|\p{Ll}{1,3}['’-]\p{Lu}[\p{L}\p{M}'’.-]*)$/u

/** Two to five capitalised words (particles allowed), no organisation word: "Jane Doe", "Ahmad al-Rashid". */
function looksLikePerson(text: string): boolean {
  if (ORG_WORD.test(text)) return false
  const tokens = text.split(/\s+/)
  if (tokens.length < 2 || tokens.length > 5) return false
  let names = 0
  for (const token of tokens) {
    if (PARTICLES.has(token)) continue
    if (!NAME_TOKEN.test(token)) return false
    names++
  }
  return names >= 2 && !PARTICLES.has(tokens[tokens.length - 1]!)
}

/** Lead-ins that are not part of any name: "Photo: ", "Photograph by ", "© 2025 ", "Credit: ". */
const LEAD_INS = [
  /^(?:photo(?:graph)?s?|pictures?|pics?|images?|fotos?|illustrations?|graphics?)\s*(?:credit\s*)?(?:by\b|:)\s*/i,
  /^(?:credit|courtesy)\s*(?:of\b|by\b|:)?\s*/i,
  /^(?:©|\(c\)|copyright\b)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\b\s*,?\s*)?/i
]
const RIGHTS_RESERVED = /[\s,.;]*\ball rights reserved\b\.?\s*$/i
/** AP's trailing notes inside a part: "(AP Photo/Jane Doe, File)". */
const PART_NOTE = /\s*,\s*(?:file|pool|handout)\s*$/i

function stripLeadIns(text: string): { text: string; leadIn: boolean } {
  let leadIn = false
  for (let changed = true; changed; ) {
    changed = false
    for (const pattern of LEAD_INS) {
      const next = text.replace(pattern, '')
      if (next !== text && next !== '') {
        text = next
        leadIn = changed = true
      }
    }
  }
  return { text, leadIn }
}

function makePart(raw: string, hints: CreditLineHints, extra: Partial<Pick<Part, 'distributorHint' | 'photographerHint'>> = {}): Part {
  const text = raw.replace(PART_NOTE, '').trim()
  const known = recognise(text)
  const person = !known && looksLikePerson(text)
  const folded = fold(text).toLowerCase()
  return {
    value: known?.value ?? text,
    known: known?.role,
    standIn: Boolean(known?.standIn),
    person,
    org: Boolean(known) || ORG_WORD.test(text) || /^[\p{Lu}\d&]{2,6}$/u.test(text),
    distributorHint: Boolean(extra.distributorHint) || /\b(?:editorial|live news|stock photo)$/i.test(text),
    photographerHint: Boolean(extra.photographerHint) || (hints.photographers ?? []).some((p) => fold(p).toLowerCase() === folded)
  }
}

/** How well a part fits a slot: known agencies and name shapes count, position only breaks ties. */
function fit(part: Part, slot: Choice): number {
  switch (slot) {
    case 'none':
      return part.standIn ? 0 : part.org ? -2 : -4
    case 'photographer':
      return (part.person ? 2 : 0) + (part.photographerHint ? 4 : 0) - (part.org ? 3 : 0) - (part.known ? 5 : 0) - (part.distributorHint ? 5 : 0)
    case 'agency':
      return (
        (part.standIn ? 2 : part.known === 'agency' || part.known === 'both' ? 4 : part.known === 'distributor' ? 1 : part.org ? 1 : 0) -
        (part.person ? 1 : 0) -
        (part.distributorHint ? 2 : 0) -
        (part.photographerHint ? 4 : 0)
      )
    case 'distributor':
      return (
        (part.known === 'distributor' ? 4 : part.known === 'both' ? 3 : part.known === 'agency' ? 1 : part.org ? 1 : 0) +
        (part.distributorHint ? 4 : 0) -
        (part.person ? 1 : 0) -
        (part.photographerHint ? 4 : 0)
      )
  }
}

const CANONICAL: Slot[] = ['photographer', 'agency', 'distributor']

const MAX_PARTS = 4

/** Every way to give distinct slots (or none) to up to four parts, canonical orders first. */
const CHOICES: Choice[][] = (() => {
  const all: Choice[][] = []
  const pick = (chosen: Choice[]): void => {
    all.push(chosen)
    if (chosen.length === MAX_PARTS) return
    for (const slot of CANONICAL) if (!chosen.includes(slot)) pick([...chosen, slot])
    pick([...chosen, 'none'])
  }
  pick([])
  return all
})()

/** The best-fitting slot for each part (parts in line order) and how well they fit. */
function assign(parts: Part[]): { choices: Choice[]; score: number } {
  let best: Choice[] = []
  let bestScore = -Infinity
  for (const choices of CHOICES) {
    if (choices.length !== parts.length || choices.every((c) => c === 'none')) continue
    let score = choices.reduce((sum, choice, i) => sum + fit(parts[i]!, choice), 0)
    const slots = choices.filter((c) => c !== 'none')
    const at = (slot: Slot): number => slots.indexOf(slot)
    // A distributor resells an agency's picture, so it is named after it.
    if (at('agency') >= 0 && at('distributor') >= 0 && at('distributor') < at('agency')) score -= 3
    // With nothing else to go on, the usual orders: photographer / agency / distributor, and
    // two parts as agency / distributor (the wire convention of the seed sample).
    if (slots.join() === CANONICAL.filter((slot) => slots.includes(slot)).join()) score += 0.5
    if (parts.length === 2 && at('agency') === 0 && at('distributor') === 1) score += 0.3
    if (score > bestScore) {
      bestScore = score
      best = choices
    }
  }
  return { choices: best, score: bestScore }
}

/**
 * Reads a photo credit line ("IPTC Credit Line") into its parts without assuming one order.
 * The line itself is kept verbatim as `creditLine` (it is what gets printed); the parts are split on
 * `/` (and `|`, "via", "for") and each goes where it fits best:
 * - agencies and distributors from the bundled list (lexicon/photoAgencies), including
 *   hyphenated compounds with a known member ("SalamPix-Abaca") and AP's "AP Photo";
 * - a part shaped like a person's name ("Jane Doe") is the photographer;
 * - what is left follows the usual orders: photographer / agency / distributor, and two parts
 *   as agency / distributor.
 * So "AP Photo/Jane Doe" is agency AP and photographer Jane Doe, "Jane Doe/Getty Images"
 * photographer then agency, "SalamPix-Abaca / Shutterstock Editorial" agency then distributor.
 * Lead-ins ("Photo:", "© 2025", "Credit:") are not part of any name. A single part is set only
 * when it is a known agency, or a person's name after a lead-in ("© 2025 Jane Doe"); a lone
 * unknown name could be a photographer as well as an agency, and guessing would be worse than
 * leaving the field empty. A stand-in such as "Handout" or "Pool" next to a real agency goes into no
 * field (it stays in the line). More than four parts, an empty part, a URL, or parts that fit
 * no field leave the line unsplit.
 */
export function parseCreditLine(creditLine: string, hints: CreditLineHints = {}): Photo {
  const photo: Photo = { creditLine }
  if (creditLine.includes('://')) return photo
  let text = creditLine.trim()
  const wrapped = /^\((.*)\)$/s.exec(text)
  if (wrapped) text = wrapped[1]!.trim()
  const stripped = stripLeadIns(text.replace(RIGHTS_RESERVED, ''))
  text = stripped.text

  const raw = text.split(/[/|]/).map((p) => p.trim())
  if (raw.some((p) => p === '')) return photo
  const parts: Part[] = []
  for (const piece of raw) {
    const via = /^(.+?)\s+via\s+(.+)$/i.exec(piece)
    const forWhom = /^(.+?)\s+for\s+(.+)$/i.exec(piece)
    if (via) parts.push(makePart(via[1]!, hints), makePart(via[2]!, hints, { distributorHint: true }))
    else if (forWhom && looksLikePerson(forWhom[1]!)) parts.push(makePart(forWhom[1]!, hints, { photographerHint: true }), makePart(forWhom[2]!, hints))
    else parts.push(makePart(piece, hints))
  }
  if (parts.length > MAX_PARTS) return photo

  if (parts.length === 1) {
    const [part] = parts as [Part]
    if (part.known === 'distributor') photo.distributor = part.value
    else if (part.known) photo.agency = part.value
    else if (part.person && (stripped.leadIn || part.photographerHint)) photo.photographer = part.value
    return photo
  }
  const { choices, score } = assign(parts)
  if (score < 0) return photo
  choices.forEach((choice, i) => {
    if (choice !== 'none') photo[choice] = parts[i]!.value
  })
  return photo
}
