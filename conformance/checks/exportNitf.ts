import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DOMParser, type Element } from '@xmldom/xmldom'
import { writeNitf } from '../../src/core/formats/export/writeNitf'
import type { CheckGroup } from '../CheckGroup'
import type { CheckResult } from '../CheckResult'
import { check } from '../check'
import { exportSeedArticle } from './exportSeedArticle'
import { exportSeedVariants } from './exportSeedVariants'
import { seedLines } from './seedLines'

const CD = 'urn:x-copydesk:nitf:1'

/** Validates a file with libxml2's xmllint (never touching the network). */
function xmllint(xsd: string, file: string): Promise<{ ok: boolean; output: string }> {
  return new Promise((resolve) => {
    execFile('xmllint', ['--nonet', '--noout', '--schema', xsd, file], (error, stdout, stderr) => {
      resolve({ ok: !error, output: `${stdout}${stderr}`.trim() || (error ? error.message : '') })
    })
  })
}

const elements = (root: { getElementsByTagName(name: string): ArrayLike<Element> }, name: string): Element[] => Array.from(root.getElementsByTagName(name))

/**
 * NITF export against the real schema and the real sample: every variant (the tagged seed,
 * the seed with newsroom metadata, a stress article) validates against
 * ../shared/reference/nitf/nitf-3-6.xsd with xmllint, and the seed's export carries inline
 * `person` elements with `value`, `q` elements with their speaker, the credit line verbatim as
 * `media-producer`, every line of the sample's text, and nothing of the desk's note.
 */
export const exportNitf: CheckGroup = {
  name: 'NITF export',
  async run(shared) {
    const results: CheckResult[] = []
    const xsd = join(shared, 'reference', 'nitf', 'nitf-3-6.xsd')
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-nitf-'))
    try {
      for (const [i, v] of exportSeedVariants(shared).entries()) {
        const file = join(dir, `export-${i}.xml`)
        writeFileSync(file, writeNitf(v.article, v.ctx))
        const { ok, output } = await xmllint(xsd, file)
        results.push(check(`NITF: ${v.name} export validates against nitf-3-6.xsd`, ok, output.split('\n').slice(0, 3).join(' | ')))
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }

    const { article, ctx, creditLine } = exportSeedArticle(shared)
    const xml = writeNitf(article, ctx)
    const doc = new DOMParser().parseFromString(xml, 'text/xml')
    const content = elements(doc, 'body.content').at(-1)!
    const persons = elements(content, 'person')
    results.push(check('NITF seed: inline person elements carry value', persons.length > 0 && persons.every((p) => !!p.getAttribute('value') && !!p.getAttribute('idsrc')), `${persons.length} person elements`))
    const peskov = persons.filter((p) => p.getAttributeNS(CD, 'entity') === 'dmitry-peskov')
    results.push(
      check('NITF seed: Dmitry Peskov tagged inline with his registry id as value', peskov.some((p) => p.textContent === 'Dmitry Peskov' && p.getAttribute('value') === 'dmitry-peskov'), peskov.map((p) => p.textContent).join(', '))
    )
    const putin = persons.find((p) => p.getAttributeNS(CD, 'entity') === 'vladimir-putin')
    results.push(check('NITF seed: a person with a Wikidata id carries it as idsrc/value', putin?.getAttribute('idsrc') === 'http://www.wikidata.org/entity/' && putin?.getAttribute('value') === 'Q7747', String(putin?.getAttribute('value'))))
    const qs = elements(content, 'q')
    const peskovQuote = qs.find((q) => (q.textContent ?? '').startsWith('“Russia has really supported Iran'))
    results.push(check('NITF seed: quotes are q elements', qs.length > 0, 'no q element'))
    results.push(
      check(
        'NITF seed: Peskov’s direct quote is a q with his name as quote-source, Iran tagged inside',
        peskovQuote?.getAttribute('quote-source') === 'Dmitry Peskov' && peskovQuote.getAttribute('class') === 'direct' && elements(peskovQuote, 'location').length > 0,
        peskovQuote ? `quote-source ${String(peskovQuote.getAttribute('quote-source'))}` : 'quote not found'
      )
    )
    const producers = elements(doc, 'media-producer').map((m) => m.textContent)
    results.push(check('NITF seed: media-producer is the credit line verbatim', producers.length === 1 && producers[0] === creditLine && creditLine !== '', JSON.stringify(producers)))
    const blocks = Array.from(content.childNodes)
      .filter((n) => n.nodeType === 1 && ['p', 'hl2'].includes((n as unknown as Element).localName ?? ''))
      .map((n) => (n as unknown as Element).textContent)
    const lines = seedLines(shared).body
    results.push(check('NITF seed: the body keeps every line of the sample, in order, word for word', JSON.stringify(blocks) === JSON.stringify(lines), `${blocks.length} blocks for ${lines.length} lines`))
    results.push(check('NITF seed: subheads are hl2', elements(content, 'hl2').length === seedLines(shared).subheads.length, `${elements(content, 'hl2').length} hl2`))
    results.push(check('NITF seed: the desk note is not exported, its text is', !xml.includes('Araqchi elsewhere') && !xml.includes('n-seed-1') && xml.includes('via Arakchi'), 'note found or text lost'))
    return results
  }
}
