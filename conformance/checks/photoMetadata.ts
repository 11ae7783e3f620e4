import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { readPhotoMetadata } from '../../src/main/services/photo/readPhotoMetadata'
import type { CheckGroup } from '../CheckGroup'
import type { CheckResult } from '../CheckResult'
import { check } from '../check'
import { runCli } from '../runCli'

const FOLDER = 'reference/photo-metadata'

/** One JSON object of `copydesk photo … --json`. */
interface PhotoJson {
  file: string
  aiGenerated: boolean
  composite: boolean
  details: Record<string, string | string[] | undefined>
  conflicts: { field: string; xmp: string; iim: string }[]
  [field: string]: unknown
}

/**
 * Where each field of EXPECTED_VALUES.md (named as in its first column, before the bracket)
 * is in the CLI's JSON: the conflict name is the field name `conflicts` uses.
 */
const FIELDS: Record<string, { read: (p: PhotoJson) => unknown; conflict: string; iim?: true }> = {
  Creator: { read: (p) => p.creator, conflict: 'creator', iim: true },
  'Credit Line': { read: (p) => p.creditLine, conflict: 'creditLine', iim: true },
  'Copyright Notice': { read: (p) => p.copyrightNotice, conflict: 'copyrightNotice', iim: true },
  Source: { read: (p) => p.source, conflict: 'source', iim: true },
  'Web Statement of Rights': { read: (p) => p.webStatement, conflict: 'webStatement' },
  'Rights Usage Terms': { read: (p) => p.usageTerms, conflict: 'usageTerms' },
  'Licensor Name': { read: (p) => p.licensor, conflict: 'licensor' },
  'Licensor URL': { read: (p) => p.details.licensorUrl, conflict: 'licensorUrl' },
  'Copyright Owner': { read: (p) => p.copyrightOwner, conflict: 'copyrightOwner' },
  'Image Supplier': { read: (p) => p.details.imageSupplier, conflict: 'imageSupplier' },
  Headline: { read: (p) => p.details.headline, conflict: 'headline', iim: true },
  Title: { read: (p) => p.details.title, conflict: 'title', iim: true },
  Description: { read: (p) => p.caption, conflict: 'caption', iim: true },
  Keywords: { read: (p) => (Array.isArray(p.details.keywords) ? p.details.keywords.join(' ; ') : undefined), conflict: 'keywords', iim: true },
  'Date Created': { read: (p) => p.dateCreated, conflict: 'dateCreated', iim: true },
  'Digital Source Type': { read: (p) => p.digitalSourceType, conflict: 'digitalSourceType' },
  City: { read: (p) => p.details.city, conflict: 'city', iim: true },
  'Caption writer': { read: (p) => p.details.captionWriter, conflict: 'captionWriter', iim: true }
}

const XMP_HEADER = 'http://ns.adobe.com/'

/** The JPEG without its XMP (APP1 "http://ns.adobe.com/…" segments), so only IIM and EXIF are left to read. */
function withoutXmp(jpeg: Uint8Array): Uint8Array {
  const kept: Uint8Array[] = [jpeg.subarray(0, 2)]
  let at = 2
  while (at + 4 <= jpeg.length && jpeg[at] === 0xff && jpeg[at + 1] !== 0xda) {
    const length = (jpeg[at + 2]! << 8) | jpeg[at + 3]!
    const segment = jpeg.subarray(at, at + 2 + length)
    const isXmp = jpeg[at + 1] === 0xe1 && String.fromCharCode(...segment.subarray(4, 4 + XMP_HEADER.length)) === XMP_HEADER
    if (!isXmp) kept.push(segment)
    at += 2 + length
  }
  kept.push(jpeg.subarray(at))
  return Buffer.concat(kept)
}

interface Expected {
  field: string
  xmp: string
  /** The IIM value when the table gives one that differs from XMP; 'same' when it says so. */
  iim?: string
}

/** The tables of EXPECTED_VALUES.md, by file name: `| Field (ids) | \`xmp\` | \`iim\` or same |`. */
function readExpected(markdown: string): Map<string, Expected[]> {
  const files = new Map<string, Expected[]>()
  let rows: Expected[] | undefined
  for (const line of markdown.split('\n')) {
    const heading = /^##\s+(\S+\.jpe?g)\s*$/i.exec(line)
    if (heading) files.set(heading[1]!, (rows = []))
    if (!rows || !line.startsWith('|')) continue
    const cells = line.split('|').slice(1, -1).map((c) => c.trim())
    const xmp = /^`(.*)`$/.exec(cells[1] ?? '')
    if (!xmp) continue // header and separator rows
    const iimCell = cells[2] ?? ''
    const iim = /^`(.*)`$/.exec(iimCell)?.[1] ?? (iimCell === 'same' ? 'same' : undefined)
    rows.push({ field: cells[0]!.replace(/\s*\(.*$/, ''), xmp: xmp[1]!, iim })
  }
  return files
}

/**
 * The IPTC reference photos through the real CLI (`copydesk photo <every photo> --json`), field
 * by field against EXPECTED_VALUES.md: the XMP value must come out exactly, and where the table
 * gives a different IIM value the disagreement must be reported with the XMP value chosen.
 */
export const photoMetadata: CheckGroup = {
  name: 'photo metadata',
  async run(shared) {
    const dir = join(shared, FOLDER)
    const expected = readExpected(readFileSync(join(dir, 'EXPECTED_VALUES.md'), 'utf8'))
    const photos = readdirSync(dir)
      .filter((n) => /\.(?:jpe?g|png|webp|tiff?|heic|avif)$/i.test(n))
      .sort()
    const results: CheckResult[] = []
    results.push(check('photos: EXPECTED_VALUES.md covers every photo in the folder', photos.every((p) => expected.has(p)) && photos.length === expected.size, `photos ${photos.join(', ')}; expected for ${[...expected.keys()].join(', ')}`))

    const { code, stdout, stderr } = await runCli(['photo', ...photos.map((p) => join(dir, p)), '--json'])
    results.push(check('photos: CLI reads every reference photo, exit 0, nothing on stderr', code === 0 && stderr === '', `exit ${code}: ${stderr.trim()}`))
    let parsed: PhotoJson[]
    try {
      const json = JSON.parse(stdout) as PhotoJson | PhotoJson[]
      parsed = Array.isArray(json) ? json : [json]
    } catch {
      return [...results, check('photos: CLI prints only JSON with --json', false, stdout.slice(0, 200))]
    }
    results.push(check('photos: CLI prints only JSON with --json', parsed.length === photos.length, `${parsed.length} results for ${photos.length} photos`))

    photos.forEach((name, i) => {
      const photo = parsed[i]
      const rows = expected.get(name) ?? []
      if (!photo) return
      for (const row of rows) {
        const field = FIELDS[row.field]
        if (!field) {
          results.push(check(`${name}: ${row.field}`, false, 'no mapping from this EXPECTED_VALUES.md field to the CLI output'))
          continue
        }
        const actual = field.read(photo)
        results.push(check(`${name}: ${row.field}`, actual === row.xmp, `expected ${JSON.stringify(row.xmp)}, got ${JSON.stringify(actual)}`))
        const conflict = photo.conflicts.find((c) => c.field === field.conflict)
        if (row.iim && row.iim !== 'same') {
          results.push(
            check(`${name}: ${row.field} — XMP preferred over the differing IIM value`, conflict?.iim === row.iim && conflict.xmp === row.xmp, `conflict reported: ${JSON.stringify(conflict)}`)
          )
        } else if (row.iim === 'same') {
          results.push(check(`${name}: ${row.field} — XMP and IIM agree`, conflict === undefined, `conflict reported: ${JSON.stringify(conflict)}`))
        }
      }
      results.push(check(`${name}: not flagged AI-generated or composite`, photo.aiGenerated === false && photo.composite === false, `aiGenerated ${photo.aiGenerated}, composite ${photo.composite}`))
    })

    // The IIM block on its own: the same photos with their XMP removed must give the IIM values.
    for (const name of photos.filter((p) => /\.jpe?g$/i.test(p))) {
      const meta = await readPhotoMetadata(withoutXmp(new Uint8Array(readFileSync(join(dir, name)))), { thumbnail: false })
      const photo = { ...meta.photo, details: meta.details, conflicts: [], aiGenerated: false, composite: false, file: name } as unknown as PhotoJson
      for (const row of expected.get(name) ?? []) {
        const field = FIELDS[row.field]
        if (!field?.iim) continue
        const want = row.iim && row.iim !== 'same' ? row.iim : row.xmp
        const actual = field.read(photo)
        results.push(check(`${name} without XMP: ${row.field} read from IIM`, actual === want, `expected ${JSON.stringify(want)}, got ${JSON.stringify(actual)}`))
      }
    }
    return results
  }
}
