import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, it } from 'vitest'
import type { ParsedArticle } from '../../../src/core/model/Article'
import { buildDocx } from './helpers/buildDocx'
import { readerFixturePath } from './helpers/readerFixture'

const repo = fileURLToPath(new URL('../../../', import.meta.url))
const bin = join(repo, 'bin/copydesk.js')
const temp = mkdtempSync(join(tmpdir(), 'copydesk-readers-'))
afterAll(() => rmSync(temp, { recursive: true, force: true }))

function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd: repo }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr })
    })
  })
}

// Each test spawns the real CLI (a second or more of start-up on a busy machine).
describe.concurrent('copydesk import for NITF, NewsML-G2, ninjs and Word', { timeout: 60_000 }, () => {
  it('prints every article as JSON and nothing else', async ({ expect }) => {
    const docx = join(temp, 'story.docx')
    writeFileSync(docx, await buildDocx([{ style: 'Title', runs: ['From Word'] }, { runs: ['Body with ', { text: 'bold', bold: true }, '.'] }]))
    const files = ['harbour-ns.xml', 'glassworks-plain.nitf', 'ferry-newsml-g2.xml', 'glassworks-ninjs1.json', 'ferry-ninjs2.json', 'ferry-ninjs3.json'].map(readerFixturePath)
    const { code, stdout, stderr } = await cli('import', '--json', ...files, docx)
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const articles = JSON.parse(stdout) as ParsedArticle[]
    expect(articles.map((a) => a.headline)).toEqual([
      'Norvik suspends night ferries after week of fog',
      'Glassworks reopens after two-year\u00a0restoration',
      'Norvik halts night ferries in fog',
      'Glassworks reopens after two-year restoration',
      'Norvik suspends night ferries after week of fog',
      'Norvik suspends night ferries after week of fog',
      'From Word'
    ])
    // Quotes got fresh ULIDs from the CLI's id factory.
    const quoteIds = JSON.stringify(articles[1]!.body).match(/"quoteId":"([^"]+)"/g) ?? []
    expect(quoteIds).toHaveLength(1)
    expect(quoteIds[0]).toMatch(/"quoteId":"[0-9A-HJKMNP-TV-Z]{26}"/)
  })

  it('fails with one line for a hostile file', async ({ expect }) => {
    const { code, stdout, stderr } = await cli('import', '--json', readerFixturePath('billion-laughs.xml'))
    expect(code).not.toBe(0)
    expect(stdout).toBe('')
    expect(stderr.trim().split('\n')).toHaveLength(1)
    expect(stderr).toMatch(/declares its own entities/)
  })
})
