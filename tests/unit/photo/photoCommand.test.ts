import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { FIXTURES } from '../../fixtures/photos/buildPhotos'

const repo = fileURLToPath(new URL('../../../', import.meta.url))
const bin = join(repo, 'bin/copydesk.js')
const photo = (name: string): string => join(repo, 'tests/fixtures/photos', name)
const temp = mkdtempSync(join(tmpdir(), 'copydesk-photo-'))
afterAll(() => rmSync(temp, { recursive: true, force: true }))

function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd: repo }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr })
    })
  })
}

describe('photo fixtures', () => {
  it.each(Object.keys(FIXTURES))('%s is what buildPhotos.ts builds (rebuild with npx tsx tests/fixtures/photos/buildPhotos.ts)', (name) => {
    expect(new Uint8Array(readFileSync(photo(name)))).toEqual(FIXTURES[name]!())
  })
})

// Each test spawns the real CLI (1–2 s of start-up, more on a busy machine), so they run side by side.
describe.concurrent('copydesk photo', { timeout: 60_000 }, () => {
  it('prints the Photo fields as JSON and nothing else', async ({ expect }) => {
    const { code, stdout, stderr } = await cli('photo', photo('agency-xmp-iim.jpg'), '--json')
    expect(code).toBe(0)
    expect(stderr).toBe('')
    const json = JSON.parse(stdout) as Record<string, unknown>
    expect(json).toMatchObject({
      file: photo('agency-xmp-iim.jpg'),
      creditLine: 'Lena Forsberg / Nordlys Press / Polar Pictures Editorial',
      photographer: 'Lena Forsberg',
      agency: 'Nordlys Press',
      distributor: 'Polar Pictures Editorial',
      creator: 'Lena Forsberg ; Piotr Nowak',
      usageTerms: 'Editorial use only. No archiving.',
      format: 'jpeg',
      width: 16,
      height: 8,
      aiGenerated: false,
      composite: false,
      thumbnail: null
    })
    // the Photo fields come first, in front-matter order
    expect(Object.keys(json).slice(0, 6)).toEqual(['file', 'creditLine', 'agency', 'distributor', 'photographer', 'caption'])
    expect(json.conflicts).toContainEqual({ field: 'creditLine', xmp: 'Lena Forsberg / Nordlys Press / Polar Pictures Editorial', iim: 'Lena Forsberg / Nordlys Press /' })
  })

  it('flags an AI-generated image', async ({ expect }) => {
    const { code, stdout } = await cli('photo', '--json', photo('ai-generated.jpg'))
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toMatchObject({ aiGenerated: true, composite: false, digitalSourceType: 'http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia' })
  })

  it('prints an array for several photos, with the thumbnail size', async ({ expect }) => {
    const { code, stdout } = await cli('photo', '--json', photo('iim-latin1.jpg'), photo('exif-thumbnail.jpg'))
    expect(code).toBe(0)
    const [iim, exif] = JSON.parse(stdout) as Record<string, unknown>[]
    expect(iim).toMatchObject({ creditLine: 'AP Photo/José Müller', agency: 'AP', photographer: 'José Müller' })
    expect(exif).toMatchObject({ creditLine: '', caption: 'Harbour at dawn', width: 32, height: 16, thumbnail: { mimeType: 'image/jpeg', bytes: 141 } })
  })

  it('prints a human summary without --json', async ({ expect }) => {
    const { code, stdout } = await cli('photo', photo('ai-generated.jpg'))
    expect(code).toBe(0)
    expect(stdout).toContain('(JPEG 16×8)')
    expect(stdout).toContain('  Credit line:          Illustration: Copydesk Graphics')
    expect(stdout).toMatch(/Flag: +AI-generated \(.*\) — print a disclosure with it/)
  })

  it.for([
    ['a text file', () => [photo('not-a-photo.jpg')], 1, /^copydesk: .*not-a-photo\.jpg: This file is not an image \(Copydesk reads JPEG, PNG, WebP, TIFF, HEIC and AVIF photos\)\.\n$/],
    ['a damaged JPEG', () => [photo('truncated.jpg')], 1, /^copydesk: .*truncated\.jpg: The JPEG file is damaged: it ends in the middle of a header\.\n$/],
    ['a missing file', () => [join(temp, 'nope.jpg')], 1, /^copydesk: no such file: .*nope\.jpg\n$/],
    ['a directory', () => [temp], 1, /^copydesk: .* is a directory, not a file\n$/],
    ['one bad photo among good ones', () => [photo('ai-generated.jpg'), photo('truncated.jpg')], 1, /^copydesk: .*truncated\.jpg: The JPEG file is damaged/],
    ['no file', () => [], 2, /^copydesk: photo needs an image file/],
    ['an unknown flag', () => ['--frobnicate', photo('ai-generated.jpg')], 2, /^copydesk: unknown option --frobnicate/]
  ] as const)('fails with one stderr line on %s', async ([, args, exitCode, message], { expect }) => {
    const { code, stdout, stderr } = await cli('photo', ...args(), '--json')
    expect(code).toBe(exitCode)
    expect(stdout).toBe('')
    expect(stderr).toMatch(message)
  })
})

describe('copydesk --help', () => {
  it('lists the photo command', async () => {
    const { stdout } = await cli('--help')
    expect(stdout).toMatch(/^ {2}photo <image…> +IPTC\/XMP\/EXIF credit fields/m)
  }, 60_000)
})
