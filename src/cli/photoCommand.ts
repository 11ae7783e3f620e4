import { PHOTO_TEXT_FIELDS } from '../core/model/Article'
import type { PhotoMetadata } from '../main/services/photo/PhotoMetadata'
import { PhotoMetadataError } from '../main/services/photo/PhotoMetadataError'
import { readPhotoMetadata } from '../main/services/photo/readPhotoMetadata'
import { CliError } from './CliError'
import type { CliIO } from './CliIO'
import { parseCommandArgs } from './parseCommandArgs'
import { readInputFile } from './readInputFile'

/** Labels of the Photo fields for the human output (IPTC names where there is one). */
const LABELS: Record<(typeof PHOTO_TEXT_FIELDS)[number], string> = {
  file: 'File',
  creditLine: 'Credit line',
  agency: 'Agency',
  distributor: 'Distributor',
  photographer: 'Photographer',
  caption: 'Caption',
  altText: 'Alt text',
  creator: 'Creator',
  creatorJobTitle: "Creator's job title",
  source: 'Source',
  copyrightNotice: 'Copyright notice',
  copyrightOwner: 'Copyright owner',
  usageTerms: 'Usage terms',
  webStatement: 'Web statement',
  licensor: 'Licensor',
  dateCreated: 'Date created',
  digitalSourceType: 'Digital source type',
  disclosure: 'Disclosure'
}

/**
 * The JSON of one photo: `file` (the path as given) and the article's Photo fields in front-matter
 * order at the top level, so `jq .creditLine` works, then the flags, the other IPTC fields
 * (`details`), XMP/IIM disagreements, warnings, and the embedded thumbnail's size (not its bytes).
 */
function toJson(file: string, meta: PhotoMetadata): Record<string, unknown> {
  const photo: Record<string, string> = { ...meta.photo, file }
  const json: Record<string, unknown> = {}
  for (const field of PHOTO_TEXT_FIELDS) if (photo[field] !== undefined) json[field] = photo[field]
  Object.assign(json, {
    format: meta.format,
    mimeType: meta.mimeType,
    ...(meta.width !== undefined && { width: meta.width, height: meta.height }),
    ...(meta.orientation !== undefined && { orientation: meta.orientation }),
    aiGenerated: meta.aiGenerated,
    composite: meta.composite,
    ...(meta.digitalSourceTypeName !== undefined && { digitalSourceTypeName: meta.digitalSourceTypeName }),
    details: meta.details,
    conflicts: meta.conflicts,
    warnings: meta.warnings,
    thumbnail: meta.thumbnail ? { mimeType: meta.thumbnail.mimeType, bytes: meta.thumbnail.bytes.length } : null
  })
  return json
}

/** The human-readable output for one photo: what the desk checks before using it. */
function summarize(file: string, meta: PhotoMetadata): string {
  const size = meta.width !== undefined ? ` ${meta.width}×${meta.height}` : ''
  const lines = [`${file} (${meta.format.toUpperCase()}${size})`]
  const row = (label: string, value: string): void => void lines.push(`  ${`${label}:`.padEnd(21)} ${value}`)
  const photo = meta.photo as Record<string, string | undefined>
  for (const field of PHOTO_TEXT_FIELDS) {
    if (field === 'file') continue
    const value = photo[field]
    if (field === 'creditLine') row(LABELS[field], value || '(none — the photo needs a credit line)')
    else if (value) row(LABELS[field], value)
  }
  const d = meta.details
  if (d.headline) row('Headline', d.headline)
  if (d.title) row('Title', d.title)
  if (d.instructions) row('Instructions', d.instructions)
  if (d.keywords?.length) row('Keywords', d.keywords.join(', '))
  if (meta.aiGenerated || meta.composite) {
    const what = [meta.aiGenerated && 'AI-generated', meta.composite && 'composite'].filter(Boolean).join(' and ')
    row('Flag', `${what}${meta.digitalSourceTypeName ? ` (${meta.digitalSourceTypeName})` : ''} — print a disclosure with it`)
  }
  for (const c of meta.conflicts) row('Note', `XMP and IIM differ on ${c.field}; used XMP ${JSON.stringify(c.xmp)} over IIM ${JSON.stringify(c.iim)}`)
  for (const w of meta.warnings) row('Warning', w)
  return `${lines.join('\n')}\n`
}

/**
 * `copydesk photo <image…> [--json]`: the IPTC / XMP / EXIF credit fields of each photo, as the
 * app pre-fills them when a photo is added. With --json, stdout holds only JSON (one file: an
 * object; several: an array). A file that is not an image, or a damaged one, fails the run with
 * a one-line error before anything is printed.
 */
export async function photoCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    json: { type: 'boolean' },
    workspace: { type: 'string' }
  })
  if (positionals.length === 0) throw new CliError('photo needs an image file (copydesk photo <image>)', 2)
  const results: { file: string; meta: PhotoMetadata }[] = []
  for (const file of positionals) {
    const bytes = await readInputFile(file)
    try {
      results.push({ file, meta: await readPhotoMetadata(bytes, { thumbnail: true }) })
    } catch (error) {
      if (error instanceof PhotoMetadataError) throw new CliError(`${file}: ${error.message}`)
      throw error
    }
  }
  if (values.json) {
    const json = results.map(({ file, meta }) => toJson(file, meta))
    io.stdout(`${JSON.stringify(json.length === 1 ? json[0] : json, null, 2)}\n`)
  } else {
    io.stdout(results.map(({ file, meta }) => summarize(file, meta)).join('\n'))
  }
  return 0
}
