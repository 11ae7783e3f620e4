import { FEMALE_NAMES, MALE_NAMES } from './lexicon/firstNames'
import { FEMALE_WORDS } from './lexicon/femaleWords'
import { MALE_WORDS } from './lexicon/maleWords'

/** The gender a name or title suggests, or null. */
export function genderOf(name: string, role?: string): 'm' | 'f' | null {
  const first = name.split(/\s+/)[0]
  if (role && FEMALE_WORDS.has(role)) return 'f'
  if (role && MALE_WORDS.has(role)) return 'm'
  if (FEMALE_NAMES.has(first) && !MALE_NAMES.has(first)) return 'f'
  if (MALE_NAMES.has(first) && !FEMALE_NAMES.has(first)) return 'm'
  return null
}
