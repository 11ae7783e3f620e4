import { execFile } from 'node:child_process'
import { JSDOM } from 'jsdom'
import { exportArticle } from '../../src/core/formats/export/exportArticle'
import type { CheckGroup } from '../CheckGroup'
import type { CheckResult } from '../CheckResult'
import { check } from '../check'
import { exportSeedArticle } from './exportSeedArticle'
import { seedLines } from './seedLines'

function pandoc(markdown: string): Promise<{ ok: boolean; html: string; error: string }> {
  return new Promise((resolve) => {
    const child = execFile('pandoc', ['-f', 'markdown', '-t', 'html'], { maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ ok: !error, html: stdout, error: (stderr || error?.message || '').trim() })
    })
    child.stdin?.end(markdown)
  })
}

/**
 * The Markdown export read by pandoc (`pandoc -f markdown -t html`): the tagged seed's spans
 * come out as HTML spans with the tag classes and their attributes as data-* attributes,
 * the text of every line survives, and the desk's note is not there.
 */
export const exportMarkdownPandoc: CheckGroup = {
  name: 'Markdown export through pandoc',
  async run(shared) {
    const { article, ctx } = exportSeedArticle(shared)
    const { text } = exportArticle(article, 'md', ctx)
    const { ok, html, error } = await pandoc(text)
    const results: CheckResult[] = [check('Markdown: pandoc reads the seed export', ok, error)]
    if (!ok) return results
    const doc = new JSDOM(html).window.document
    const spans = (selector: string): Element[] => [...doc.querySelectorAll(selector)]
    const peskov = spans('span.person[data-entity="dmitry-peskov"]')
    results.push(check('Markdown → pandoc: entity spans keep class and entity attribute', peskov.some((s) => s.textContent === 'Dmitry Peskov') && spans('span.place[data-entity="iran"]').length > 0, `${peskov.length} Peskov spans`))
    // pandoc writes a span attribute as data-* unless HTML already has an attribute of that
    // name: `kind` (of <track>) comes out as is.
    const attr = (el: Element, name: string): string | null => el.getAttribute(`data-${name}`) ?? el.getAttribute(name)
    const quote = spans('span.quote').find((s) => (s.textContent ?? '').startsWith('“Russia has really supported Iran'))
    results.push(
      check(
        'Markdown → pandoc: quote spans keep quote, speaker, kind and verified',
        !!quote &&
          /^[A-Za-z0-9]/.test(attr(quote, 'quote') ?? '') &&
          attr(quote, 'speaker') === 'dmitry-peskov' &&
          attr(quote, 'kind') === 'direct' &&
          attr(quote, 'verified') === 'false' &&
          quote.querySelector('span.place[data-entity="iran"]') !== null,
        quote ? quote.outerHTML.slice(0, 200) : 'quote span not found'
      )
    )
    results.push(check('Markdown → pandoc: the attribution span keeps its source', spans('span.attribution[data-source="reuters"]').length === 1, `${spans('span.attribution').length} attribution spans`))
    results.push(check('Markdown → pandoc: no note span, no note text', spans('span.note').length === 0 && !html.includes('Araqchi elsewhere'), 'note exported'))
    const blocks = spans('body > p, body > h2').map((b) => (b.textContent ?? '').replace(/\s+/g, ' '))
    const lines = seedLines(shared).body
    results.push(check('Markdown → pandoc: every line of the sample comes out as one block, word for word', JSON.stringify(blocks) === JSON.stringify(lines), `${blocks.length} blocks for ${lines.length} lines`))
    return results
  }
}
