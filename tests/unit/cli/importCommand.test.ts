import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, it } from 'vitest'
import type { ParsedArticle } from '../../../src/core/model/Article'

const repo = fileURLToPath(new URL('../../../', import.meta.url))
const bin = join(repo, 'bin/copydesk.js')
const fixture = (name: string): string => join(repo, 'tests/fixtures', name)
const temp = mkdtempSync(join(tmpdir(), 'copydesk-cli-'))
afterAll(() => rmSync(temp, { recursive: true, force: true }))

function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd: repo }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr })
    })
  })
}

function tempFile(name: string, bytes: Uint8Array | string): string {
  const path = join(temp, name)
  writeFileSync(path, bytes)
  return path
}

// Each test spawns the real CLI (about 1–2 s of start-up), so they run side by side;
// concurrent tests must assert with their own `expect`.
// Generous timeout: on a busy two-core CI machine a start can take several seconds.
describe.concurrent('copydesk import', { timeout: 60_000 }, () => {
  it('prints the parsed article as JSON and nothing else', async ({ expect }) => {
    const { code, stdout, stderr } = await cli('import', fixture('wire-story.txt'), '--json')
    expect(code).toBe(0)
    expect(stderr).toBe('')
    const article = JSON.parse(stdout) as ParsedArticle
    expect(article.headline).toBe('')
    expect(article.photos[0]!.creditLine).toBe('Marta Lindqvist / Nordlys Press / Polar Pictures Editorial')
    expect(article.body.content.filter((n) => n.type === 'heading').map((n) => n.content![0]!.text)).toEqual([
      'Harbour master: “We were lucky twice”',
      'Island councils push back'
    ])
    expect(stdout).not.toContain('Photo::')
  })

  it('prints an array for several files, whatever their format', async ({ expect }) => {
    const { code, stdout } = await cli('import', '--json', fixture('wrapped-blocks.txt'), fixture('workspace-article.md'), fixture('story.html'))
    expect(code).toBe(0)
    const articles = JSON.parse(stdout) as ParsedArticle[]
    expect(articles.map((a) => a.headline)).toEqual([
      'Glassworks reopens after two-year restoration',
      'Tram line to the airport opens a year late',
      'Choir festival draws record crowd'
    ])
  })

  it('sanitises hostile HTML through DOMPurify', async ({ expect }) => {
    const { code, stdout } = await cli('import', fixture('hostile.html'), '--json')
    expect(code).toBe(0)
    for (const bad of ['SCRIPT_IN', 'ONLOAD', 'ONERROR', 'JSLINK', 'DATALINK', 'ONCLICK', 'IFRAME_TEXT', 'OBJECT_TEXT', 'FORM_INPUT', 'Send', 'javascript:', 'data:']) {
      expect(stdout).not.toContain(bad)
    }
    expect(stdout).toContain('https://example.org/ok')
  })

  it('prints a human summary without --json', async ({ expect }) => {
    const { code, stdout } = await cli('import', fixture('wire-story.txt'))
    expect(code).toBe(0)
    expect(stdout).toContain('Headline:   (none — add one before export)')
    expect(stdout).toContain('Body:       8 paragraphs, 2 subheads')
    expect(stdout).toContain('Subhead:    Harbour master: “We were lucky twice”')
    expect(stdout).toContain('Photo:      Marta Lindqvist / Nordlys Press / Polar Pictures Editorial (photographer Marta Lindqvist, agency Nordlys Press, distributor Polar Pictures Editorial)')
    expect(stdout).toContain('Byline:     Tomas Berg')
  })

  it.for([
    ['a missing file', () => [join(temp, 'nope.txt')], 1, /^copydesk: no such file: .*nope\.txt\n$/],
    ['a directory', () => [temp], 1, /^copydesk: .* is a directory, not a file\n$/],
    ['an empty file', () => [tempFile('empty.txt', '')], 1, /^copydesk: .*empty\.txt: The file is empty\n$/],
    ['a whitespace-only file', () => [tempFile('blank.md', ' \n\n\t\n')], 1, /^copydesk: .*blank\.md: The file is empty\n$/],
    ['a binary file', () => [tempFile('photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]))], 1, /^copydesk: .*photo\.txt: The file is binary, not text\n$/],
    ['invalid UTF-8', () => [tempFile('latin1.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x70, 0x65, 0x6e, 0x73, 0x2e]))], 1, /^copydesk: .*latin1\.txt: The file is not valid UTF-8 text; save it as UTF-8 and try again\n$/],
    ['an unsupported format', () => [tempFile('story.pdf', '%PDF-1.7')], 1, /^copydesk: .*story\.pdf: PDF files are not supported; save the article as text, Markdown, HTML or Word \(\.docx\)\n$/],
    ['a damaged Word file', () => [tempFile('story.docx', 'PK')], 1, /^copydesk: .*story\.docx: The file is not a Word document \(\.docx\): it is not a readable ZIP archive\n$/],
    ['one bad file among good ones', () => [fixture('wire-story.txt'), join(temp, 'nope.md')], 1, /^copydesk: no such file/],
    ['no file', () => [], 2, /^copydesk: import needs at least one file/],
    ['an unknown flag', () => ['--frobnicate', fixture('wire-story.txt')], 2, /^copydesk: unknown option --frobnicate/]
  ] as const)('fails with one stderr line on %s', async ([, args, exitCode, message], { expect }) => {
    const { code, stdout, stderr } = await cli('import', ...args(), '--json')
    expect(code).toBe(exitCode)
    expect(stdout).toBe('')
    expect(stderr).toMatch(message)
  })

  it('rejects an unknown command with a usage error', async ({ expect }) => {
    const { code, stdout, stderr } = await cli('frobnicate')
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toBe('copydesk: unknown command: frobnicate (see copydesk --help)\n')
  })

  it('prints help on --help', async ({ expect }) => {
    const { code, stdout } = await cli('--help')
    expect(code).toBe(0)
    expect(stdout).toMatch(/^Usage: copydesk <command>/)
  })
})
