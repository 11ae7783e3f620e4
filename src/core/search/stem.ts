/**
 * The Porter stemmer (M. F. Porter, "An algorithm for suffix stripping", 1980), with the two
 * departures of Porter's own reference implementations (-bli → -ble, -logi → -log). It maps the
 * forms of an English word to one stem ("supported", "supports", "supporting" → "support"), so a
 * search for one finds the others. Input: a lower-case word of ASCII letters; anything else (digits,
 * accented letters already folded or not) passes through the rules harmlessly.
 */

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u'])

function isConsonant(w: string, i: number): boolean {
  const c = w[i]!
  if (VOWELS.has(c)) return false
  if (c === 'y') return i === 0 || !isConsonant(w, i - 1)
  return true
}

/** m in [C](VC)^m[V]: how many vowel–consonant sequences the stem w[0..end) has. */
function measure(w: string, end: number): number {
  let m = 0
  let i = 0
  while (i < end && isConsonant(w, i)) i++
  while (i < end) {
    while (i < end && !isConsonant(w, i)) i++
    if (i >= end) break
    m++
    while (i < end && isConsonant(w, i)) i++
  }
  return m
}

function hasVowel(w: string, end: number): boolean {
  for (let i = 0; i < end; i++) if (!isConsonant(w, i)) return true
  return false
}

function endsDoubleConsonant(w: string, end: number): boolean {
  return end >= 2 && w[end - 1] === w[end - 2] && isConsonant(w, end - 1)
}

/** *o: the stem ends consonant–vowel–consonant, the last not w, x or y ("hop", not "snow"). */
function endsCvc(w: string, end: number): boolean {
  if (end < 3) return false
  if (!isConsonant(w, end - 3) || isConsonant(w, end - 2) || !isConsonant(w, end - 1)) return false
  const c = w[end - 1]!
  return c !== 'w' && c !== 'x' && c !== 'y'
}

type Rule = readonly [suffix: string, replacement: string]

/** Only the longest matching suffix counts; when its condition fails, the word is left alone. */
function applyRules(w: string, rules: readonly Rule[], minMeasure: number): string {
  for (const [suffix, replacement] of rules) {
    if (!w.endsWith(suffix)) continue
    const stemEnd = w.length - suffix.length
    return measure(w, stemEnd) > minMeasure ? w.slice(0, stemEnd) + replacement : w
  }
  return w
}

const STEP2: readonly Rule[] = [
  ['ational', 'ate'], ['tional', 'tion'], ['enci', 'ence'], ['anci', 'ance'], ['izer', 'ize'], ['bli', 'ble'],
  ['alli', 'al'], ['entli', 'ent'], ['eli', 'e'], ['ousli', 'ous'], ['ization', 'ize'], ['ation', 'ate'],
  ['ator', 'ate'], ['alism', 'al'], ['iveness', 'ive'], ['fulness', 'ful'], ['ousness', 'ous'], ['aliti', 'al'],
  ['iviti', 'ive'], ['biliti', 'ble'], ['logi', 'log']
]
const STEP3: readonly Rule[] = [
  ['icate', 'ic'], ['ative', ''], ['alize', 'al'], ['iciti', 'ic'], ['ical', 'ic'], ['ful', ''], ['ness', '']
]
const STEP4 = [
  'al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent', 'ion', 'ou', 'ism', 'ate',
  'iti', 'ous', 'ive', 'ize'
] as const

/** Rules sorted longest suffix first, as "longest match" requires. */
const byLength = <T extends string | Rule>(items: readonly T[]): T[] =>
  [...items].sort((a, b) => (typeof b === 'string' ? b : b[0]).length - (typeof a === 'string' ? a : a[0]).length)
const STEP2_SORTED = byLength(STEP2)
const STEP3_SORTED = byLength(STEP3)
const STEP4_SORTED = byLength(STEP4)

function step1ab(w: string): string {
  if (w.endsWith('sses')) w = w.slice(0, -2)
  else if (w.endsWith('ies')) w = w.slice(0, -2)
  else if (w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1)

  if (w.endsWith('eed')) {
    return measure(w, w.length - 3) > 0 ? w.slice(0, -1) : w
  }
  const suffix = w.endsWith('ed') ? 'ed' : w.endsWith('ing') ? 'ing' : null
  if (!suffix || !hasVowel(w, w.length - suffix.length)) return w
  w = w.slice(0, -suffix.length)
  if (w.endsWith('at') || w.endsWith('bl') || w.endsWith('iz')) return w + 'e'
  if (endsDoubleConsonant(w, w.length) && !/[lsz]$/.test(w)) return w.slice(0, -1)
  if (measure(w, w.length) === 1 && endsCvc(w, w.length)) return w + 'e'
  return w
}

function step4(w: string): string {
  for (const suffix of STEP4_SORTED) {
    if (!w.endsWith(suffix)) continue
    const stemEnd = w.length - suffix.length
    if (measure(w, stemEnd) <= 1) return w
    if (suffix === 'ion' && !/[st]$/.test(w.slice(0, stemEnd))) return w
    return w.slice(0, stemEnd)
  }
  return w
}

function step5(w: string): string {
  if (w.endsWith('e')) {
    const m = measure(w, w.length - 1)
    if (m > 1 || (m === 1 && !endsCvc(w, w.length - 1))) w = w.slice(0, -1)
  }
  if (w.endsWith('ll') && measure(w, w.length) > 1) w = w.slice(0, -1)
  return w
}

/** The Porter stem of a lower-case English word; words of one or two letters are their own stem. */
export function stem(word: string): string {
  if (word.length <= 2) return word
  let w = step1ab(word)
  // Step 1c: a final y after a vowel-bearing stem turns into i ("happy" → "happi").
  if (w.endsWith('y') && hasVowel(w, w.length - 1)) w = w.slice(0, -1) + 'i'
  w = applyRules(w, STEP2_SORTED, 0)
  w = applyRules(w, STEP3_SORTED, 0)
  w = step4(w)
  return step5(w)
}
