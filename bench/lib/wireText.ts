/**
 * Generated wire copy for the benchmarks: a fictional newsroom's vocabulary, combined by a
 * seeded PRNG into articles in the conventions of the seed sample (DESIGN.md): a `Photo::`
 * credit line, a headline line, one paragraph per line, short unpunctuated subheads (some of
 * them quoting), curly quotes and apostrophes, "X said:" before a quote, quotes split by
 * "he said", reported speech and "…, Northwire reports." attribution. Pure: runs in Node and
 * in the bench page.
 */
import type { DocJSON, MarkJSON, NodeJSON } from '../../src/core/model/DocJSON'
import type { Rng } from './prng'

export interface Segment {
  text: string
  italic?: boolean
  href?: string
}

export interface WireBlock {
  kind: 'paragraph' | 'subhead'
  segments: Segment[]
}

export interface WireArticle {
  headline: string
  /** Photographer / agency / distributor, as a `Photo::` line gives it. */
  credit: string
  byline: string
  desk: string
  blocks: WireBlock[]
  /** Words in the body (runs of non-space holding a letter or digit), as countWords counts. */
  words: number
  /** Ends the last paragraph: lets a test find the end of this article in the editor or the file. */
  ref: string
}

const FIRST = [
  'Anna', 'Rune', 'Lise', 'Maja', 'Tomas', 'Ingrid', 'Erik', 'Sofie', 'Jonas', 'Helga', 'Piotr', 'Amira',
  'Karin', 'Nils', 'Elena', 'Dag', 'Marit', 'Omar', 'Vera', 'Henrik', 'Leila', 'Stefan', 'Greta', 'Aksel'
] as const
const LAST = [
  'Haldorsen', 'Norum', 'Lund', 'Berg', 'Sund', 'Aasen', 'Moe', 'Dahl', 'Kvist', 'Lindqvist', 'Nowak', 'Haddad',
  'Strand', 'Solberg', 'Ekman', 'Falk', 'Rasmussen', 'Vik', 'Holm', 'Brekke', 'Nordby', 'Sandvik', 'Lie', 'Storm'
] as const
const ROLES = [
  'Union chair', 'Port director', 'Finance Minister', 'Mayor', 'Council leader', 'Chief executive', 'Harbour master',
  'Fisheries Minister', 'Opposition leader', 'Hospital director', 'Police chief', 'Transport Minister'
] as const
const ORGS = [
  'the state operator', 'the harbour authority', 'the Fisheries Ministry', 'the Northern Rail Union', 'the city council',
  'the regional court', 'Valley Power', 'the coastguard', 'the teachers’ union', 'the Transport Ministry',
  'the port workers’ federation', 'the county hospital trust', 'the water board', 'the ferry company'
] as const
const PLACES = [
  'Tindal', 'Varness', 'Hollom', 'Eastmark', 'Sundby', 'Kirkvik', 'Brenna', 'Osterholm', 'Lyngvik', 'the coastal towns',
  'the northern valleys', 'the island parishes'
] as const
const TOWNS = PLACES.filter((p) => !p.startsWith('the '))
const AGENCIES = ['Northwire', 'Baltic Wire', 'Harbour Radio', 'the Valley Post'] as const
const PAPERS = ['Valley Post', 'Coastal Gazette', 'Evening Ledger', 'Fjord Courier'] as const
const PHOTO_AGENCIES = ['Fjordline Images', 'Nordic Pictures', 'Coastline Photo', 'Baltic Lens'] as const
const DISTRIBUTORS = ['Northwire Editorial', 'Shoreline Editorial', 'Meridian Press Images'] as const
const DESKS = ['Business', 'Politics', 'Regions', 'Transport', 'Health', 'Environment'] as const
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const
const NOUNS = [
  'agreement', 'budget', 'proposal', 'contract', 'timetable', 'inquiry', 'report', 'deadline', 'strike', 'vote',
  'quota', 'subsidy', 'ferry service', 'pay offer', 'safety review', 'shortfall', 'hearing', 'plan', 'tender',
  'ruling', 'repair programme', 'investment', 'rent increase', 'water supply', 'bridge project', 'night-shift limit',
  'pension fund', 'fuel levy', 'school merger', 'harbour dredging'
] as const
const VERBS_PAST = [
  'approved', 'rejected', 'delayed', 'criticised', 'defended', 'announced', 'postponed', 'welcomed', 'questioned',
  'signed', 'blocked', 'reviewed', 'cut', 'extended', 'revised'
] as const
const VERBS = ['approve', 'review', 'delay', 'cut', 'extend', 'fund', 'reopen', 'close', 'publish', 'challenge'] as const
const VERBS_S = ['approves', 'rejects', 'delays', 'defends', 'backs', 'scraps', 'extends', 'revises', 'wins', 'loses'] as const
const ADJECTIVES = [
  'new', 'revised', 'disputed', 'long-awaited', 'controversial', 'temporary', 'annual', 'regional', 'emergency',
  'cross-party', 'three-year', 'modest', 'sharp', 'unexpected'
] as const
const PEOPLE = ['commuters', 'fishermen', 'nurses', 'residents', 'teachers', 'port workers', 'pensioners', 'drivers'] as const
const WHEN = [
  'before the end of the month', 'by next spring', 'within a fortnight', 'after the summer break', 'despite the objections',
  'for the second time this year', 'ahead of the local elections', 'without a vote', 'at short notice'
] as const
const QUOTES = [
  'Nobody wanted to stop the trains.', 'We wanted someone to listen, and in the end they did.',
  'This is a good day for the whole region.', 'We’re not going to accept a deal that nobody has read.',
  'It’s too early to say what this means for the harbour.', 'We don’t have the money, and everyone knows it.',
  'The numbers simply do not add up.', 'Families here have waited long enough.',
  'We will take this to court if we have to.', 'Nobody should have to choose between heating and food.',
  'The boats can’t go out in this weather, quota or no quota.', 'It was hard but honest, and that is what counts.'
] as const
const CLAUSES = [
  'Every departure on Friday will run as planned', 'we apologise to everyone who changed their plans',
  'we have listened to the fishermen', 'the money is there for the first year', 'this was never about pay alone',
  'the council made its choice months ago', 'nobody told us the bridge would close'
] as const

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1)

function person(rng: Rng): { full: string; last: string } {
  const last = rng.pick(LAST)
  return { full: `${rng.pick(FIRST)} ${last}`, last }
}

function headcount(rng: Rng): string {
  return rng.pick([String(rng.int(12, 99)), String(rng.int(100, 900)), `${rng.int(1, 9)},${rng.int(100, 999)}`])
}

function money(rng: Rng): string {
  return rng.pick([`${rng.int(2, 19)} million crowns`, `${rng.int(120, 950)} million crowns`, `${rng.int(2, 9)}.${rng.int(1, 9)} billion crowns`])
}

/** One sentence of running text, as segments (a paper's name is italic, an organisation sometimes a link). */
function sentence(rng: Rng): Segment[] {
  const org = rng.pick(ORGS)
  const noun = rng.pick(NOUNS)
  const p = person(rng)
  switch (rng.int(0, 9)) {
    case 0:
      return [{ text: `${cap(org)} ${rng.pick(VERBS_PAST)} the ${rng.pick(ADJECTIVES)} ${noun} ${rng.pick(WHEN)}.` }]
    case 1:
      return [{ text: `${rng.pick(ROLES)} ${p.full} said on ${rng.pick(DAYS)} that ${org} would ${rng.pick(VERBS)} the ${noun} ${rng.pick(WHEN)}.` }]
    case 2:
      return [{ text: `The ${noun} affects about ${headcount(rng)} ${rng.pick(PEOPLE)} in ${rng.pick(PLACES)}, according to ` }, { text: org, href: `https://example.org/${noun.replace(/\W+/g, '-')}` }, { text: '.' }]
    case 3:
      return [{ text: `${rng.pick(TOWNS)} has ${rng.pick(VERBS_PAST)} the ${noun} twice since ${rng.int(2009, 2024)}, ${rng.pick(AGENCIES)} reports.` }]
    case 4:
      return [{ text: `Critics say the ${noun} comes too late for ${rng.pick(PLACES)}, where ${headcount(rng)} ${rng.pick(PEOPLE)} are affected.` }]
    case 5:
      return [{ text: `${p.full} noted that it was too early to say whether the ${noun} would ${rng.pick(VERBS)} the ${rng.pick(NOUNS)}.` }]
    case 6:
      return [{ text: 'It was not clear whether the ' + noun + ` would survive the ${rng.pick(ADJECTIVES)} ${rng.pick(NOUNS)}, the ` }, { text: rng.pick(PAPERS), italic: true }, { text: ' wrote.' }]
    case 7:
      return [{ text: `In ${rng.pick(PLACES)}, ${rng.pick(PEOPLE)} ${rng.pick(VERBS_PAST)} the ${noun}, saying the ${rng.pick(NOUNS)} had been ${rng.pick(VERBS_PAST)} without warning.` }]
    case 8:
      return [{ text: `The ${rng.pick(ADJECTIVES)} ${noun} will cost ${money(rng)} over ${rng.int(2, 6)} years, ${org} said in a statement on ${rng.pick(DAYS)}.` }]
    default:
      return [{ text: `${cap(org)} has not said when the ${noun} will be ${rng.pick(VERBS_PAST)}.` }]
  }
}

/** A paragraph that quotes someone, in one of the sample's shapes. */
function quoteParagraph(rng: Rng): Segment[] {
  const p = person(rng)
  switch (rng.int(0, 3)) {
    case 0:
      return [{ text: `“${rng.pick(QUOTES).replace(/\.$/, ',')}” ${p.full} said.` }]
    case 1:
      return [{ text: `${rng.pick(ROLES)} ${p.full} said: “${rng.pick(QUOTES)} ${rng.pick(QUOTES)}”` }]
    case 2:
      return [{ text: `“${cap(rng.pick(CLAUSES))},” ${p.last} told reporters in ${rng.pick(PLACES)}, “and ${rng.pick(CLAUSES)}.”` }]
    default:
      return [{ text: `“${rng.pick(QUOTES).replace(/\.$/, ',')}” said ${p.full}, ${rng.pick(['a spokeswoman for', 'a spokesman for'])} ${rng.pick(ORGS)}.` }]
  }
}

function subhead(rng: Rng): string {
  if (rng.chance(0.3)) {
    const quote = rng.pick(QUOTES).replace(/[.!?]$/, '')
    return `${rng.pick(LAST)}: “${quote}”`
  }
  return `${cap(rng.pick(ADJECTIVES))} ${rng.pick(NOUNS)} ${rng.pick(VERBS_S)} ${rng.pick(['support', 'backing', 'critics', 'time', 'votes'])}`
}

function countWordsIn(text: string): number {
  let n = 0
  for (const token of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(token)) n++
  return n
}

/** An article of at least `targetWords` body words (a little over: the last paragraph is completed). */
export function generateWireArticle(rng: Rng, targetWords: number, ref: string): WireArticle {
  const org = rng.pick(ORGS)
  const headline = `${cap(org.replace(/^the /, ''))} ${rng.pick(VERBS_S)} ${rng.pick(ADJECTIVES)} ${rng.pick(NOUNS)} after ${rng.pick(DAYS)} talks in ${rng.pick(PLACES)}`
  const reporter = person(rng).full
  const editor = person(rng).full
  const signOff: Segment[] = [{ text: `Reporting by ${reporter}; editing by ${editor}. Ref ${ref}.` }]
  const budget = Math.max(1, targetWords - countWordsIn(signOff[0]!.text))
  const blocks: WireBlock[] = []
  let words = 0
  let sinceSubhead = 0
  let nextSubhead = rng.int(5, 9)
  while (words < budget) {
    if (sinceSubhead >= nextSubhead && budget - words > 60) {
      const text = subhead(rng)
      blocks.push({ kind: 'subhead', segments: [{ text }] })
      words += countWordsIn(text)
      sinceSubhead = 0
      nextSubhead = rng.int(5, 9)
      continue
    }
    const segments: Segment[] = []
    if (blocks.length > 0 && rng.chance(0.3)) segments.push(...quoteParagraph(rng))
    else {
      const n = rng.int(1, 3)
      for (let i = 0; i < n; i++) {
        if (i > 0) segments.push({ text: ' ' })
        segments.push(...sentence(rng))
      }
    }
    blocks.push({ kind: 'paragraph', segments })
    words += countWordsIn(segments.map((s) => s.text).join(''))
    sinceSubhead++
  }
  blocks.push({ kind: 'paragraph', segments: signOff })
  words += countWordsIn(signOff[0]!.text)
  return {
    headline,
    credit: `${person(rng).full} / ${rng.pick(PHOTO_AGENCIES)} / ${rng.pick(DISTRIBUTORS)}`,
    byline: reporter,
    desk: rng.pick(DESKS),
    blocks,
    words,
    ref
  }
}

const blockText = (b: WireBlock): string => b.segments.map((s) => s.text).join('')

/** The article as a wire service sends it: `Photo::` line, headline, one paragraph per line, a trailing `Desk::` field. */
export function wireArticleText(article: WireArticle): string {
  const lines = [`Photo:: ${article.credit}`, article.headline, ...article.blocks.map(blockText), '', `Desk:: ${article.desk}`]
  return lines.join('\n') + '\n'
}

/** The body as the editor holds it (TipTap JSON): paragraphs, level-2 subheads, italic and link marks. */
export function wireArticleDoc(article: WireArticle): DocJSON {
  const content: NodeJSON[] = article.blocks.map((block) => {
    const inline: NodeJSON[] = block.segments.map((s) => {
      const marks: MarkJSON[] = []
      if (s.italic) marks.push({ type: 'italic' })
      if (s.href) marks.push({ type: 'link', attrs: { href: s.href } })
      return marks.length ? { type: 'text', text: s.text, marks } : { type: 'text', text: s.text }
    })
    return block.kind === 'subhead' ? { type: 'heading', attrs: { level: 2 }, content: inline } : { type: 'paragraph', content: inline }
  })
  return { type: 'doc', content }
}
