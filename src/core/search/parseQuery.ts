import { ARTICLE_STATUSES, type ArticleStatus } from '../model/Article'
import { readDate } from './readDate'
import { emptyFilters, FILTER_KEYS, HAS_FLAGS, type FilterKey, type HasFlag, type SearchFilters, type SearchQuery } from './SearchQuery'
import { tokenize } from './tokenize'

const OPEN_QUOTE = /["“”„]/
const CLOSE_QUOTE: Record<string, RegExp> = { '"': /["”]/, '“': /[”"]/, '”': /[”"]/, '„': /[“”"]/ }
const HAS_ALIASES: Record<string, HasFlag> = { error: 'errors', errors: 'errors', checks: 'errors', check: 'errors', photo: 'photo', photos: 'photo', quote: 'quotes', quotes: 'quotes' }
const KEY_ALIASES: Record<string, FilterKey> = { is: 'status', by: 'speaker', tag: 'entity', credit: 'agency' }

interface RawToken {
  text: string
  /** Written in quotes (a phrase, or a filter's quoted value). */
  quoted: boolean
  /** A quote opened and not closed: the phrase is still being typed. */
  open?: boolean
  key?: FilterKey
  negated: boolean
}

/** Reads a quoted run starting at `i` (on the opening quote): its text and the index after it. */
function readQuoted(input: string, i: number): { text: string; next: number; open: boolean } {
  const close = CLOSE_QUOTE[input[i]!] ?? /["”]/
  let j = i + 1
  while (j < input.length && !close.test(input[j]!)) j++
  return { text: input.slice(i + 1, j), next: Math.min(j + 1, input.length), open: j >= input.length }
}

function scan(input: string): RawToken[] {
  const tokens: RawToken[] = []
  let i = 0
  while (i < input.length) {
    if (/\s/.test(input[i]!)) {
      i++
      continue
    }
    const negated = input[i] === '-' && i + 1 < input.length && !/\s/.test(input[i + 1]!)
    const start = negated ? i + 1 : i
    if (OPEN_QUOTE.test(input[start]!)) {
      const q = readQuoted(input, start)
      tokens.push({ text: q.text, quoted: true, open: q.open, negated })
      i = q.next
      continue
    }
    const key = /^([a-zA-Z]+):/.exec(input.slice(start))
    const filterKey = key ? (FILTER_KEYS as readonly string[]).includes(key[1]!.toLowerCase()) ? (key[1]!.toLowerCase() as FilterKey) : KEY_ALIASES[key[1]!.toLowerCase()] : undefined
    if (key && filterKey) {
      const valueAt = start + key[0].length
      if (valueAt < input.length && OPEN_QUOTE.test(input[valueAt]!)) {
        const q = readQuoted(input, valueAt)
        tokens.push({ text: q.text, quoted: true, key: filterKey, negated })
        i = q.next
        continue
      }
      let end = valueAt
      while (end < input.length && !/\s/.test(input[end]!)) end++
      tokens.push({ text: input.slice(valueAt, end), quoted: false, key: filterKey, negated })
      i = end
      continue
    }
    let end = start
    while (end < input.length && !/\s/.test(input[end]!)) end++
    tokens.push({ text: input.slice(start, end), quoted: false, negated })
    i = end
  }
  return tokens
}

function addFilter(filters: SearchFilters, key: FilterKey, raw: string, problems: string[]): void {
  const value = raw.trim()
  if (!value) return // "status:" while the value is still being typed
  const list = (v: string): string[] => v.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean)
  switch (key) {
    case 'status':
      for (const s of list(value)) {
        if ((ARTICLE_STATUSES as readonly string[]).includes(s)) {
          if (!filters.status.includes(s as ArticleStatus)) filters.status.push(s as ArticleStatus)
        } else problems.push(`status:${s} (one of ${ARTICLE_STATUSES.join(', ')})`)
      }
      return
    case 'has':
      for (const h of list(value)) {
        const flag = HAS_ALIASES[h]
        if (flag) {
          if (!filters.has.includes(flag)) filters.has.push(flag)
        } else problems.push(`has:${h} (one of ${HAS_FLAGS.join(', ')})`)
      }
      return
    case 'before':
    case 'after': {
      const day = readDate(value)
      if (day) filters[key] = day
      else problems.push(`${key}:${value} (a date such as 2026-05-01)`)
      return
    }
    case 'speaker':
      filters.speakers.push(value)
      return
    case 'entity':
      filters.entities.push(value)
      return
    case 'source':
      filters.sources.push(value)
      return
    case 'agency':
      filters.agencies.push(value)
      return
  }
}

/**
 * Reads a search box: free words, "quoted phrases", `-excluded` words, and filters
 * (`status:ready`, `speaker:peskov`, `entity:"Islamic Republic"`, `source:reuters`,
 * `agency:getty`, `before:2026-05-01`, `after:2026-04`, `has:errors`). Anything that looks like a
 * filter but is not one (`10:30`, `http://…`) is text. Pure and total: every input parses.
 */
export function parseQuery(input: string): SearchQuery {
  const filters = emptyFilters()
  const problems: string[] = []
  const words: string[] = []
  const phrases: string[][] = []
  const excluded: string[] = []
  const tokens = scan(input)
  let lastIsWord = false
  const stillTyping = input.length > 0 && !/\s$/.test(input)
  tokens.forEach((t, i) => {
    lastIsWord = false
    if (t.key) {
      // A value still being typed ("status:rea") is not wrong yet: it is left out until complete.
      const typing = stillTyping && i === tokens.length - 1
      // A negated filter is not supported: read it as the filter, which is what was most likely meant.
      addFilter(filters, t.key, t.text, typing ? [] : problems)
    } else if (t.quoted) {
      const phrase = tokenize(t.text)
      // A phrase still being typed ends in a word still being typed: that one matches as a prefix.
      const typing = t.open && !t.negated && phrase.length > 0 && !/\s$/.test(input)
      const typed = typing ? phrase.pop()! : null
      if (t.negated) excluded.push(...phrase)
      else if (phrase.length > 1) phrases.push(phrase)
      else words.push(...phrase) // a one-word "phrase" is a word, matched whole
      if (typed !== null) {
        words.push(typed)
        lastIsWord = true
      }
    } else if (t.negated) {
      excluded.push(...tokenize(t.text))
    } else {
      const split = tokenize(t.text)
      words.push(...split)
      lastIsWord = split.length > 0
    }
  })
  const prefixLast = lastIsWord && input.length > 0 && !/\s$/.test(input)
  return { words, phrases, excluded, prefixLast, filters, problems }
}
