import { guessSourceType } from '../model/guessSourceType'
import type { Source, SourceType } from '../model/Source'

/** A place where the text names where a claim comes from. */
export interface SourceCue {
  /** Offsets of the name in the text (end exclusive). */
  start: number
  end: number
  /** The source as named ("Reuters", "Associated Press"), without a leading "the". */
  name: string
  cue: 'reports' | 'according-to' | 'told'
  /** The words that make it a citation, for display ("Reuters reports"). */
  phrase: { start: number; end: number }
  /** A guess at the kind of source, for creating it. */
  type: SourceType
  /** The registry source of that name, when one is given and matches. */
  sourceId?: string
}

/** A capitalised word; a full stop only inside it ("U.S."), so a name never runs into the next sentence. */
const WORD = String.raw`\p{Lu}(?:[\p{L}\p{M}\p{N}'’&-]|\.(?=\p{L}))*`
const LINK = String.raw`(?:of|for|and|&|de|du|des|la|le|al|el|the|von|van|der)`
const NAME = String.raw`${WORD}(?:[ \t]+(?:${LINK}[ \t]+){0,2}${WORD}){0,5}`
const START = String.raw`(?<![\p{L}\p{N}])`

const REPORTS = new RegExp(`${START}(?:the[ \\t]+)?(${NAME})[ \\t]+(?:reports|reported|has reported|had reported|is reporting|was reporting|reporting)(?![\\p{L}])`, 'gu')
const ACCORDING = new RegExp(`${START}[Aa]ccording[ \\t]+to[ \\t]+(?:the[ \\t]+)?(${NAME})`, 'gu')
const TOLD = new RegExp(`${START}(${NAME})[ \\t]+told[ \\t]+(?:the[ \\t]+)?(?:(${NAME})|(reporters|journalists|the press|a news conference|a press conference|a briefing|state (?:media|television|tv)))(?![\\p{L}])`, 'gu')

/** Capitalised words that open sentences or are times, not names. */
const NOT_NAMES = new Set(
  'a an the this that these those it he she they we i you his her its their our my on in at by for from to with as and but or so yet also after before since while when where if then however meanwhile earlier later yesterday today tonight tomorrow separately still now last next monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december mr mrs ms dr officials police some many most several both nobody everyone everybody someone somebody none who which what regarding concerning about despite following amid unlike like citing denying contrary given amid against over under such other'.split(' ')
)
/** Adjectives of origin are followed by the noun they describe: "according to Iranian sources". */
const VAGUE_NOUNS = /^[ \t]+(?:sources?|officials?|media|diplomats?|reports?|authorities|estimates?|data|figures|analysts?|experts?|people|residents|witnesses|news|state|government|security|military|intelligence|police)\b/u
/** Names of organisations end in these, people's do not: an outlet someone told. */
const ORG_WORD = /\b(?:press|news|times|post|journal|herald|gazette|tribune|agency|agence|radio|tv|television|channel|daily|magazine|network|online|wire|media)\b/i

function trimName(text: string, start: number): { name: string; start: number } | null {
  const words = text.split(/([ \t]+)/)
  let offset = start
  while (words.length && NOT_NAMES.has(words[0]!.toLowerCase())) {
    offset += words[0]!.length + (words[1]?.length ?? 0)
    words.splice(0, 2)
  }
  const name = words.join('').replace(/[.’']+$/, '')
  if (!name || name.length < 2 || NOT_NAMES.has(name.toLowerCase())) return null
  return { name, start: offset }
}

const isOutlet = (name: string): boolean => guessSourceType(name, '', 'interview') !== 'interview' || ORG_WORD.test(name) || /^[\p{Lu}\d&]{2,6}$/u.test(name)

/**
 * Finds where the text cites a source, for suggesting sources to attach and tag:
 * "Reuters reports / reported", "according to (the) X", and "X told Y" — when Y is a named
 * outlet ("told the BBC") the outlet is the source, when X told reporters or a news conference,
 * X is (an interview). Names are runs of capitalised words; words that open sentences
 * ("Yesterday Reuters reported") and adjectives of origin ("according to Iranian sources") are
 * left out. With `sources`, a cue whose name is a registered source's gets its id.
 */
export function findSourceCues(text: string, sources: readonly Source[] = []): SourceCue[] {
  const byName = new Map(sources.map((s) => [s.name.toLocaleLowerCase(), s.id]))
  const cues: SourceCue[] = []
  const add = (raw: string, rawStart: number, cue: SourceCue['cue'], phrase: { start: number; end: number }, fallback: SourceType): void => {
    const trimmed = trimName(raw, rawStart)
    if (!trimmed) return
    const { name, start } = trimmed
    const context = text.slice(Math.max(0, phrase.start - 40), Math.min(text.length, phrase.end + 40))
    const found: SourceCue = { start, end: start + name.length, name, cue, phrase, type: guessSourceType(name, context, fallback) }
    const id = byName.get(name.toLocaleLowerCase())
    if (id) found.sourceId = id
    if (!cues.some((c) => c.start === found.start)) cues.push(found)
  }
  for (const m of text.matchAll(REPORTS)) {
    const at = m.index + m[0].indexOf(m[1]!)
    add(m[1]!, at, 'reports', { start: m.index, end: m.index + m[0].length }, 'website')
  }
  for (const m of text.matchAll(ACCORDING)) {
    const end = m.index + m[0].length
    if (VAGUE_NOUNS.test(text.slice(end, end + 20))) continue
    add(m[1]!, end - m[1]!.length, 'according-to', { start: m.index, end }, 'website')
  }
  for (const m of text.matchAll(TOLD)) {
    const phrase = { start: m.index, end: m.index + m[0].length }
    if (m[2] !== undefined) {
      if (isOutlet(m[2])) add(m[2], phrase.end - m[2].length, 'told', phrase, 'website')
    } else if (m[3] !== undefined) {
      add(m[1]!, m.index, 'told', phrase, 'interview')
    }
  }
  return cues.sort((a, b) => a.start - b.start)
}
