import type { ParsedArticle } from '../../src/core/model/Article'
import type { NodeJSON } from '../../src/core/model/DocJSON'
import type { CheckGroup } from '../CheckGroup'
import type { CheckResult } from '../CheckResult'
import { check } from '../check'
import { runCli } from '../runCli'
import { seedLines } from './seedLines'

const text = (node: NodeJSON): string =>
  node.type === 'text' ? (node.text ?? '') : node.type === 'hardBreak' ? '\n' : (node.content ?? []).map(text).join('')

/** The seed sample imported through the real CLI (`copydesk import <seed> --json`). */
export const seedImport: CheckGroup = {
  name: 'seed import',
  async run(shared) {
    const seed = seedLines(shared)
    const results: CheckResult[] = []
    const { code, stdout, stderr } = await runCli(['import', seed.path, '--json'])
    results.push(check('seed: CLI import exits 0 with nothing on stderr', code === 0 && stderr === '', `exit ${code}: ${stderr.trim()}`))
    let article: ParsedArticle
    try {
      article = JSON.parse(stdout) as ParsedArticle
    } catch {
      return [...results, check('seed: CLI prints only JSON with --json', false, stdout.slice(0, 200))]
    }
    results.push(check('seed: CLI prints only JSON with --json', true, ''))

    const expectedCredit = seed.photo[0] ?? ''
    const photo = article.photos[0]
    results.push(check('seed: exactly one Photo:: line in the sample', seed.photo.length === 1, `found ${seed.photo.length}`))
    results.push(check('seed: photo credit line kept verbatim', article.photos.length === 1 && photo?.creditLine === expectedCredit, JSON.stringify(article.photos)))
    const [agency, distributor] = expectedCredit.split('/').map((s) => s.trim())
    results.push(
      check('seed: credit line split into agency and distributor', photo?.agency === agency && photo?.distributor === distributor, `agency ${JSON.stringify(photo?.agency)}, distributor ${JSON.stringify(photo?.distributor)}`)
    )

    const blocks = article.body.content
    const headings = blocks.filter((n) => n.type === 'heading')
    results.push(check('seed: sample has subheads to find', seed.subheads.length >= 2, `found ${seed.subheads.length} short lines`))
    for (const subhead of seed.subheads) {
      const found = headings.find((h) => text(h) === subhead)
      results.push(check(`seed: subhead ${JSON.stringify(subhead)} is a level-2 heading with exact text`, found?.attrs?.level === 2, found ? `level ${String(found.attrs?.level)}` : 'not a heading'))
    }
    results.push(check('seed: no other headings', headings.length === seed.subheads.length, `${headings.length} headings`))

    const paragraphs = blocks.filter((n) => n.type === 'paragraph').map(text)
    const missing = seed.paragraphs.filter((line) => !paragraphs.includes(line))
    results.push(check('seed: every body line is a paragraph with exact text', missing.length === 0, `missing: ${missing.map((m) => JSON.stringify(m.slice(0, 60))).join(', ')}`))
    results.push(check('seed: no extra paragraphs', paragraphs.length === seed.paragraphs.length, `${paragraphs.length} paragraphs for ${seed.paragraphs.length} lines`))
    results.push(check('seed: body blocks follow the file line by line', JSON.stringify(blocks.map(text)) === JSON.stringify(seed.body), 'blocks differ from the lines of the file'))
    results.push(check('seed: no Photo:: text in the body', !JSON.stringify(article.body).includes('::') && !JSON.stringify(article.body).includes(expectedCredit), 'metadata found in body'))
    results.push(check('seed: headline empty (the first line is the lede)', article.headline === '', JSON.stringify(article.headline)))
    results.push(check('seed: lede kept as the first paragraph', blocks[0]?.type === 'paragraph' && text(blocks[0]) === seed.paragraphs[0], JSON.stringify(blocks[0] && text(blocks[0]).slice(0, 60))))
    return results
  }
}
