import type NSpell from 'nspell'

/** nspell's suggest() slows down sharply on long strings; no real word needs more. */
const MAX_SUGGEST_LENGTH = 40
const MAX_SUGGESTIONS = 6

/** Curly apostrophes (as typeset copy uses) are checked as straight ones, which the dictionary has. */
function normalise(word: string): string {
  return word.replace(/[\u2019\u02BC]/g, "'")
}

/**
 * Words a spell checker should not flag: numbers and anything with a digit (2024, G7, 5km),
 * single letters, ALL-CAPS acronyms (NATO, IAEA, U.S.), and things that are not words at all.
 */
function isCheckable(word: string): boolean {
  if (word.length < 2) return false
  if (/\d/.test(word)) return false
  if (!/\p{L}/u.test(word)) return false
  if (!/\p{Ll}/u.test(word) && (word.match(/\p{Lu}/gu)?.length ?? 0) >= 2) return false
  if (word.includes('@') || word.includes('://')) return false
  return true
}

/**
 * Offline spell checking with the bundled English dictionaries (dictionary-en and
 * dictionary-en-gb, with nspell): Electron's own checker downloads its dictionaries, which a
 * newsroom laptop on a plane cannot do. Copy from US and UK wires meets on one desk, so a word
 * either dictionary knows ("harbour", "harbor") passes. The dictionaries are parsed once, on
 * first use, so app start does not wait for them.
 */
export class SpellService {
  private speller: Promise<NSpell[]> | undefined
  /** Milliseconds the dictionary took to load, once it has (for logs and tests). */
  loadMs: number | undefined

  private load(): Promise<NSpell[]> {
    if (!this.speller) {
      this.speller = (async () => {
        const started = performance.now()
        const [{ default: nspell }, { default: us }, { default: gb }] = await Promise.all([
          import('nspell'),
          import('dictionary-en'),
          import('dictionary-en-gb')
        ])
        const spellers = [us, gb].map((d) => nspell({ aff: Buffer.from(d.aff), dic: Buffer.from(d.dic) }))
        this.loadMs = performance.now() - started
        return spellers
      })()
      // A failed load (missing package) is retried next time rather than cached forever.
      this.speller.catch(() => {
        this.speller = undefined
      })
    }
    return this.speller
  }

  /** The words, as given, that are misspelled; each reported once, in first-seen order. */
  async check(words: readonly string[]): Promise<string[]> {
    const spellers = await this.load()
    const misspelled = new Set<string>()
    const verdicts = new Map<string, boolean>()
    for (const raw of words) {
      // Tokens may arrive with the quotes and punctuation around them (“Russia, said.).
      const word = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
      if (!isCheckable(word) || misspelled.has(raw)) continue
      const key = normalise(word)
      let ok = verdicts.get(key)
      if (ok === undefined) {
        ok = spellers.some((speller) => isCorrect(speller, key))
        verdicts.set(key, ok)
      }
      if (!ok) misspelled.add(raw)
    }
    return [...misspelled]
  }

  /** Up to six corrections; a word typed with a curly apostrophe gets curly ones back. */
  async suggest(word: string): Promise<string[]> {
    const trimmed = word.trim()
    if (trimmed.length === 0 || trimmed.length > MAX_SUGGEST_LENGTH) return []
    const spellers = await this.load()
    const curly = trimmed.includes('\u2019')
    const all = new Set(spellers.flatMap((speller) => speller.suggest(normalise(trimmed))))
    return [...all]
      .slice(0, MAX_SUGGESTIONS)
      .map((s) => (curly ? s.replace(/'/g, '\u2019') : s))
  }
}

/** Hyphenated compounds the dictionary lacks as a whole pass when every part is a word. */
function isCorrect(speller: NSpell, word: string): boolean {
  if (speller.correct(word)) return true
  if (word.includes('-')) {
    const parts = word.split('-').filter((p) => p.length > 0)
    return parts.length > 1 && parts.every((p) => !isCheckable(p) || speller.correct(p))
  }
  return false
}
