import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readArticleMarkdown } from '../../src/core/formats/markdown/readArticleMarkdown'
import { collectTags } from '../../src/core/registry/collectTags'
import type { CheckGroup } from '../CheckGroup'
import type { CheckResult } from '../CheckResult'
import { check } from '../check'
import { runCli } from '../runCli'
import { seedLines } from './seedLines'

/**
 * Auto-tagging the seed sample through the real CLI (`copydesk tag <seed> --out … --workspace …`):
 * the Kremlin spokesman is tagged as a person under one registry id however he is named, the
 * quote that opens with his words gets him as speaker, the new entities land in the workspace
 * registry, and the Markdown reads back with the same text.
 */
export const seedTag: CheckGroup = {
  name: 'seed tag',
  async run(shared) {
    const seed = seedLines(shared)
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-seed-tag-'))
    const results: CheckResult[] = []
    try {
      const out = join(dir, 'seed.md')
      const ws = join(dir, 'ws')
      mkdirSync(ws)
      const { code, stderr } = await runCli(['tag', seed.path, '--out', out, '--workspace', ws, '--json'])
      results.push(check('seed tag: CLI tag exits 0', code === 0, `exit ${code}: ${stderr.trim()}`))
      if (code !== 0) return results
      const markdown = readFileSync(out, 'utf8')
      const article = readArticleMarkdown(markdown)
      const tags = collectTags(article.body)
      const entityFiles = readdirSync(join(ws, 'entities'))
      const peskov = entityFiles.find((f) => /peskov/.test(f))?.replace(/\.yaml$/, '')
      results.push(check('seed tag: Dmitry Peskov is in the workspace registry', !!peskov, entityFiles.join(', ')))
      const peskovSpans = [...markdown.matchAll(/\[([^\]]+)\]\{\.person entity="([^"]+)"\}/g)].filter((m) => m[2] === peskov)
      results.push(
        check(
          'seed tag: every "Peskov" mention points at one person id',
          peskovSpans.length >= 2 && peskovSpans.some((m) => m[1] === 'Peskov'),
          peskovSpans.map((m) => m[1]).join(' | ')
        )
      )
      const spoken = tags.quotes.filter((q) => q.speakerId === peskov)
      results.push(check('seed tag: at least one quote is attributed to Peskov', spoken.length >= 1, `${tags.quotes.length} quotes`))
      const blocks = new Set(article.body.content.map((b) => (b.content ?? []).map((n) => n.text ?? '').join('')))
      const missing = seed.body.filter((line) => !blocks.has(line))
      results.push(check('seed tag: every line of the sample comes back word for word', missing.length === 0, missing.slice(0, 2).join(' | ')))
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
    return results
  }
}
