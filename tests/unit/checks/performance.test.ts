import { describe, expect, it } from 'vitest'
import { runChecks } from '../../../src/core/checks/runChecks'
import type { Article } from '../../../src/core/model/Article'
import { countWords } from '../../../src/core/model/countWords'
import type { NodeJSON } from '../../../src/core/model/DocJSON'
import { article, doc, entity, h2, note, p, quote } from './helpers/doc'

/** A 10,000-word article: wire-style paragraphs with tags, quotes, notes, subheads; `seed` varies its text. */
function longArticle(seed: number): Article {
  const body: NodeJSON[] = []
  let words = 0
  for (let i = 0; words < 10_000; i++) {
    const n = seed + i
    const block =
      i % 12 === 5
        ? h2(`Harbour: “Crews ${n} will not sail”`)
        : p(
            `On day ${n} the ferry crews in Bergen kept the walkout going, Reuters reports, while `,
            ['Piotr Nowak', entity('piotr-nowak')],
            ' met Mayor John Harris and the harbour authority. Nowak said: ',
            [`“Crews ${n} will not sail until the rota is fixed, and we have told the company so.”`, quote(`q-${n}`, { speakerId: 'piotr-nowak', verified: i % 3 === 0 })],
            ' Talks with ',
            ['Oslo', entity('oslo', 'place')],
            ' were ',
            i % 20 === 0 ? ['due next week', note(`n-${n}`, 'Check date', true)] : 'due next week',
            '. Kaderi and Qaderi were named in the letter.'
          )
    body.push(block)
    words += (block.content ?? []).map((t) => t.text ?? '').join('').split(/\s+/).filter(Boolean).length
  }
  return article(doc(...body))
}

const time = (f: () => void): number => {
  const t0 = performance.now()
  f()
  return performance.now() - t0
}

describe('runChecks speed', () => {
  it('checks a 10,000-word article fast enough to run after each edit', () => {
    const a = longArticle(0)
    expect(countWords(a.body)).toBeGreaterThanOrEqual(10_000)
    expect(runChecks(a).length).toBeGreaterThan(0)
    // A different body each time (an edit): the suggester runs again.
    const cold = [1, 2, 3, 4].map((r) => {
      const edited = longArticle(r * 1000)
      return time(() => runChecks(edited))
    })
    // The body unchanged (a metadata edit, or the status bar after the Checks tab): its reading is reused.
    const last = longArticle(4000)
    const warm = [1, 2, 3, 4].map((r) => time(() => runChecks({ ...last, headline: `Headline ${r}` })))
    console.log(`runChecks on a ${countWords(a.body)}-word article: ${cold.map((t) => t.toFixed(0)).join(', ')} ms after a body edit; ${warm.map((t) => t.toFixed(0)).join(', ')} ms with the body unchanged`)
    // Generous ceilings for a shared CI machine; the figures measured are in the log above.
    expect(Math.min(...cold)).toBeLessThan(1500)
    expect(Math.min(...warm)).toBeLessThan(500)
  })
})
