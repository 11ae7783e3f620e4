import type { EntitySuggestion } from './EntitySuggestion'
import type { RegistryIndex } from './RegistryIndex'
import type { SpellingVariant } from './SpellingVariant'
import { editDistance } from './editDistance'
import { foldKey } from './foldKey'
import { COMMON_WORDS } from './lexicon/commonWords'
import { DEMONYMS } from './lexicon/demonyms'
import { FEMALE_NAMES, MALE_NAMES } from './lexicon/firstNames'
import { lexiconType } from './lexiconType'
import { spellingKey } from './spellingKey'

const MIN_LENGTH = 4

interface Form {
  text: string
  type: string
  spans: Array<{ start: number; end: number; text: string }>
}

/**
 * Flags the same name spelled two ways in one text. Compares the words of the name suggestions
 * (a surname is misspelled, rarely the whole name), including names of unknown type — the
 * misspelled form is often the one nothing recognises. Two words are variants when they share a
 * sound-alike key (spellingKey) or differ by one inner letter in a word of five letters or more,
 * unless: both are names the lexicons or the registry know as different entities (Iran / Iraq),
 * one is a given name (Brian / Bryan), one derives from the other (America / American), they
 * differ only in case (TRUMP / Trump), or their entity types disagree.
 */
export function findSpellingVariants(text: string, entities: EntitySuggestion[], registry?: RegistryIndex): SpellingVariant[] {
  const forms = new Map<string, Form>()
  for (const e of entities) {
    if (e.type === 'event' || e.type === 'work') continue
    const re = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu
    for (let m = re.exec(e.text); m; m = re.exec(e.text)) {
      const raw = m[0]
      if (raw.length < MIN_LENGTH || !/^\p{Lu}/u.test(raw) || /['’]/.test(raw)) continue
      // "TRUMP" in a headline is "Trump": case is not spelling.
      const word = raw === raw.toUpperCase() ? raw[0] + raw.slice(1).toLowerCase() : raw
      if (COMMON_WORDS.has(word.toLowerCase())) continue
      const start = e.start + m.index
      const form = forms.get(word) ?? { text: word, type: e.type, spans: [] }
      if (!form.spans.some((s) => s.start === start)) form.spans.push({ start, end: start + word.length, text: text.slice(start, start + word.length) })
      forms.set(word, form)
    }
  }
  const list = [...forms.values()]
  const keys = list.map((f) => spellingKey(f.text))
  const parent = list.map((_, i) => i)
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])))
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const a = list[i].text
      const b = list[j].text
      if (keys[i][0] !== keys[j][0] || Math.abs(a.length - b.length) > 2) continue
      if (plural(a, b) || plural(b, a) || a.toLowerCase() === b.toLowerCase()) continue
      if (list[i].type !== list[j].type && list[i].type !== 'other' && list[j].type !== 'other') continue
      // Given names vary legitimately (Brian / Bryan are two people); so do derived forms.
      if (givenName(a) || givenName(b) || DEMONYMS.has(a) || DEMONYMS.has(b)) continue
      const same = keys[i] === keys[j] || (Math.min(a.length, b.length) >= 5 && a.slice(-1) === b.slice(-1) && editDistance(a.toLowerCase(), b.toLowerCase(), 1) <= 1)
      if (!same || (known(a, registry) && known(b, registry))) continue
      parent[find(j)] = find(i)
    }
  }
  const groups = new Map<number, number[]>()
  list.forEach((_, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), i]))
  const out: SpellingVariant[] = []
  for (const members of groups.values()) {
    if (members.length < 2) continue
    const forms = members.map((i) => list[i])
    const registered = registry ? forms.find((f) => registryEntityFor(f.text, registry)) : undefined
    const preferred = registered ?? [...forms].sort((x, y) => y.spans.length - x.spans.length || x.spans[0].start - y.spans[0].start)[0]
    const variant: SpellingVariant = {
      preferred: preferred.text,
      mentions: forms.flatMap((f) => f.spans).sort((x, y) => x.start - y.start)
    }
    const id = registry && registered ? registryEntityFor(registered.text, registry) : undefined
    if (id) variant.entityId = id
    out.push(variant)
  }
  return out.sort((a, b) => a.mentions[0].start - b.mentions[0].start)
}

function plural(a: string, b: string): boolean {
  return b === a + 's' || b === a + 'es' || b === a + 'n' || b === a + 'ns' || b === a + 'ans'
}

function givenName(word: string): boolean {
  return MALE_NAMES.has(word) || FEMALE_NAMES.has(word)
}

function known(word: string, registry?: RegistryIndex): boolean {
  return !!lexiconType(foldKey(word)) || (!!registry && !!registryEntityFor(word, registry))
}

/** The id of a registry entity whose name or alias contains this word, if any. */
function registryEntityFor(word: string, registry: RegistryIndex): string | undefined {
  const key = foldKey(word)
  const people = registry.byLastName.get(key)
  if (people?.length === 1) return people[0].id
  const named = registry.byWord.get(key)
  return named?.length === 1 ? named[0].id : undefined
}
