import type { Check, CheckInput } from './Check'
import type { Finding } from './Finding'
import { bodyTarget } from './bodyTarget'
import { excerpt } from './excerpt'
import { findQuotedPassages } from './findQuotedPassages'
import { quoteGroups } from './quoteGroups'
import { matchesSegments, quoteSegments, quoteWords } from './quoteWords'

/** A quoted passage of the body, as words, with where it came from (for the closest-match hint). */
interface BodyPassage {
  words: string[]
  text: string
  /** The distinct words, made on first use. */
  set?: Set<string>
}

/** The body's quoted words, indexed so a display quote is found without scanning every run. */
interface BodyQuotes {
  runs: string[][]
  passages: BodyPassage[]
  /** Where each word starts in the runs: [run, position] pairs. */
  index: Map<string, Array<[number, number]>>
}

/**
 * Runs of quoted words the display text may quote from. Within one paragraph the quoted
 * passages are read as one run, so a quote split by “he said” still matches as a whole; a
 * paragraph that ends inside a quote runs on into the next one when that opens with a quote.
 * Tagged direct and partial quotes count too (a quote set off without marks).
 */
function bodyQuotes(input: CheckInput): BodyQuotes {
  const runs: string[][] = []
  const passages: BodyPassage[] = []
  let continuing: string[] | null = null
  for (const block of input.body.blocks) {
    if (block.heading) continue
    const found = findQuotedPassages(block.text).filter((p) => !p.open || p.marks === 'double')
    if (!found.length) {
      continuing = null
      continue
    }
    const run: string[] = continuing && found[0]!.outerStart === 0 ? continuing : []
    if (run !== continuing) runs.push(run)
    for (const p of found) {
      const text = block.text.slice(p.start, p.end)
      const words = quoteWords(text)
      run.push(...words)
      passages.push({ words, text })
    }
    continuing = found[found.length - 1]!.open ? run : null
  }
  for (const q of quoteGroups(input.body)) {
    if (q.kind === 'indirect') continue
    const words = quoteWords(q.text)
    runs.push(words)
    passages.push({ words, text: q.text.replace(/^[\s“"‘'«„]+|[\s”"’'»]+$/g, '') })
  }
  const index = new Map<string, Array<[number, number]>>()
  runs.forEach((run, r) =>
    run.forEach((word, i) => {
      const at = index.get(word)
      if (at) at.push([r, i])
      else index.set(word, [[r, i]])
    })
  )
  return { runs, passages, index }
}

/** Whether some run holds the segments in order (each contiguous), trying only where the first word occurs. */
function inBody(body: BodyQuotes, segments: string[][]): boolean {
  for (const [r, i] of body.index.get(segments[0]![0]!) ?? []) {
    if (matchesSegments(body.runs[r]!, segments, i)) return true
  }
  return false
}

/** The body passage sharing most of the quotation's words (at least half), for the message. */
function closest(words: string[], passages: BodyPassage[]): BodyPassage | undefined {
  const wanted = new Set(words)
  let best: BodyPassage | undefined
  let bestScore = 0
  for (const p of passages) {
    const have = (p.set ??= new Set(p.words))
    let shared = 0
    for (const w of wanted) if (have.has(w)) shared++
    const score = shared / wanted.size
    if (score > bestScore) {
      best = p
      bestScore = score
    }
  }
  return bestScore >= 0.5 ? best : undefined
}

type Place = { label: string; where: 'headline' | 'standfirst' | 'subhead'; text: string; target: (from: number, to: number) => Pick<Finding, 'blockIndex' | 'target'> }

/**
 * Error: words in quotation marks in the headline, the standfirst or a subhead that no quote in
 * the body says. Words are compared without case, accents, punctuation or quote style; the
 * display quote may be part of a body quote, or parts of it joined by an ellipsis. The sample's
 * subhead “Russia has clearly supported Iran” over the body's “Russia has really supported
 * Iran…” is the case this exists for.
 */
export const checkDisplayQuotes: Check = (article, input) => {
  const places: Place[] = []
  if (article.headline) {
    places.push({ label: 'The headline', where: 'headline', text: article.headline, target: (from, to) => ({ target: { kind: 'field', field: 'headline', from, to } }) })
  }
  if (article.standfirst) {
    const standfirst = article.standfirst
    places.push({ label: 'The standfirst', where: 'standfirst', text: standfirst, target: (from, to) => ({ target: { kind: 'field', field: 'standfirst', from, to } }) })
  }
  for (const block of input.body.blocks) {
    if (block.heading) places.push({ label: 'The subhead', where: 'subhead', text: block.text, target: (from, to) => bodyTarget(block.index, from, to) })
  }
  const findings: Finding[] = []
  const seen = new Set<string>()
  let body: BodyQuotes | undefined
  for (const place of places) {
    for (const p of findQuotedPassages(place.text)) {
      if (p.open) continue
      const quote = place.text.slice(p.start, p.end)
      const segments = quoteSegments(quote)
      if (!segments.length) continue
      body ??= bodyQuotes(input)
      if (inBody(body, segments)) continue
      const words = segments.flat()
      const key = `quote-mismatch:${place.where}:${words.join(' ')}`
      if (seen.has(key)) continue // the same words quoted twice in one place: one finding
      seen.add(key)
      const near = closest(words, body.passages)
      const shown = `“${excerpt(quote, 80)}”`
      let message: string
      if (near) {
        const have = new Set(near.words)
        const extra = [...new Set(words.filter((w) => !have.has(w)))]
        const missing = extra.length ? ` (the body does not say ${extra.map((w) => `“${w}”`).join(', ')})` : ''
        message = `${place.label} quotes ${shown}, but the body's quote reads “${excerpt(near.text, 100)}”${missing} — quote the body's exact words or drop the quotation marks.`
      } else {
        message = `${place.label} quotes ${shown}, but no quote in the body says that — quote the body's exact words or drop the quotation marks.`
      }
      findings.push({
        id: 'quote-mismatch',
        key,
        severity: 'error',
        message,
        ...place.target(p.outerStart, p.outerEnd)
      })
    }
  }
  return findings
}
