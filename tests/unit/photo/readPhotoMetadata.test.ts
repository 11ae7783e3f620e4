import { describe, expect, it } from 'vitest'
import { PhotoMetadataError } from '../../../src/main/services/photo/PhotoMetadataError'
import { readPhotoMetadata } from '../../../src/main/services/photo/readPhotoMetadata'
import {
  AGENCY_IIM,
  AGENCY_XMP,
  altLang,
  buildJpeg,
  buildPng,
  buildTiffFile,
  buildWebp,
  concat,
  exifSegment,
  extendedXmpSegments,
  iimBlock,
  iimSegment,
  segment,
  seq,
  xmpPacket,
  xmpSegment
} from '../../fixtures/photos/buildPhotos'

const dst = (term: string): string =>
  xmpPacket(`<Iptc4xmpExt:DigitalSourceType>http://cv.iptc.org/newscodes/digitalsourcetype/${term}</Iptc4xmpExt:DigitalSourceType>`)

async function failure(bytes: Uint8Array): Promise<PhotoMetadataError> {
  const error: unknown = await readPhotoMetadata(bytes).then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(PhotoMetadataError)
  expect((error as Error).message).not.toContain('\n')
  return error as PhotoMetadataError
}

describe('readPhotoMetadata: XMP and IIM', () => {
  it('pre-fills the Photo fields from XMP, IIM and the credit line split', async () => {
    const meta = await readPhotoMetadata(buildJpeg({ segments: [xmpSegment(AGENCY_XMP), iimSegment(AGENCY_IIM)] }))
    expect(meta.photo).toEqual({
      creditLine: 'Lena Forsberg / Nordlys Press / Polar Pictures Editorial',
      photographer: 'Lena Forsberg',
      agency: 'Nordlys Press',
      distributor: 'Polar Pictures Editorial',
      caption: 'Ferry passengers queue at the harbour in dense fog, Tuesday.',
      altText: 'People with suitcases stand on a pier; a ferry is barely visible in the fog.',
      creator: 'Lena Forsberg ; Piotr Nowak',
      creatorJobTitle: 'Staff photographer',
      source: 'Nordlys Press',
      copyrightNotice: '© 2025 Nordlys Press & Partners, all rights reserved',
      copyrightOwner: 'Nordlys Press',
      usageTerms: 'Editorial use only. No archiving.',
      webStatement: 'https://nordlys.example/licence',
      licensor: 'Polar Pictures',
      dateCreated: '2025-03-04T07:45:00+01:00',
      digitalSourceType: 'http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture'
    })
    expect(meta.details).toMatchObject({ headline: 'Fog halts ferries', keywords: ['fog', 'ferry', 'harbour'], licensorUrl: 'https://polar.example' })
    expect(meta).toMatchObject({ format: 'jpeg', mimeType: 'image/jpeg', width: 16, height: 8, aiGenerated: false, composite: false, warnings: [] })
    expect(meta.blocks).toEqual({ xmp: true, iim: true, exif: false })
  })

  it('prefers the untruncated XMP value where XMP and IIM disagree, and says so', async () => {
    const meta = await readPhotoMetadata(buildJpeg({ segments: [iimSegment(AGENCY_IIM), xmpSegment(AGENCY_XMP)] }))
    expect(meta.photo.creditLine).toBe('Lena Forsberg / Nordlys Press / Polar Pictures Editorial')
    expect(meta.conflicts).toEqual([
      { field: 'creator', xmp: 'Lena Forsberg ; Piotr Nowak', iim: 'Lena Forsberg' },
      { field: 'creditLine', xmp: 'Lena Forsberg / Nordlys Press / Polar Pictures Editorial', iim: 'Lena Forsberg / Nordlys Press /' }
    ])
  })

  it('reads IIM alone: repeated datasets joined, date and time as ISO 8601', async () => {
    const meta = await readPhotoMetadata(
      buildJpeg({
        segments: [
          iimSegment([
            [80, 'Ann Lee'],
            [80, 'Bo Ek'],
            [110, 'Ann Lee/Reuters'],
            [120, 'Caption from IIM'],
            [55, '20240301'],
            [60, '134500-0500'],
            [25, 'one'],
            [25, 'two']
          ])
        ]
      })
    )
    expect(meta.photo).toMatchObject({ creator: 'Ann Lee ; Bo Ek', creditLine: 'Ann Lee/Reuters', photographer: 'Ann Lee', agency: 'Reuters', caption: 'Caption from IIM', dateCreated: '2024-03-01T13:45:00-05:00' })
    expect(meta.details.keywords).toEqual(['one', 'two'])
    expect(meta.blocks).toEqual({ xmp: false, iim: true, exif: false })
  })

  it.each([
    ['Latin-1 (the IIM default)', { encoding: 'latin1' as const }],
    ['UTF-8 declared in record 1', { encoding: 'utf8' as const }],
    ['UTF-8 not declared', { encoding: 'utf8' as const, declareUtf8: false }]
  ])('decodes IIM text in %s', async (_, options) => {
    const meta = await readPhotoMetadata(buildJpeg({ segments: [iimSegment([[110, 'AP Photo/José Müller'], [116, '© 2024 AP']], options)] }))
    expect(meta.photo).toMatchObject({ creditLine: 'AP Photo/José Müller', agency: 'AP', photographer: 'José Müller', copyrightNotice: '© 2024 AP' })
  })

  it('reads XMP as XML: entities, attributes, language alternatives, structures; no number coercion', async () => {
    const packet = xmpPacket(
      [
        altLang('dc:description', { de: 'Deutsch', 'x-default': 'Default &amp; more &#39;quoted&#39;' }),
        altLang('dc:rights', { fr: 'Seulement français' }),
        '<plus:ImageSupplier><rdf:Seq><rdf:li rdf:parseType="Resource"><plus:ImageSupplierName>Supplier A</plus:ImageSupplierName></rdf:li></rdf:Seq></plus:ImageSupplier>',
        '<plus:Licensor><rdf:Seq><rdf:li rdf:parseType="Resource"><plus:LicensorName>L1</plus:LicensorName></rdf:li><rdf:li rdf:parseType="Resource"><plus:LicensorName>L2</plus:LicensorName></rdf:li></rdf:Seq></plus:Licensor>',
        seq('dc:creator', ['2024'])
      ].join('\n'),
      '\n    photoshop:Credit="Jane Doe/AP" photoshop:Headline="0042"'
    )
    const meta = await readPhotoMetadata(buildJpeg({ segments: [xmpSegment(packet)] }))
    expect(meta.photo).toMatchObject({ caption: "Default & more 'quoted'", copyrightNotice: 'Seulement français', creditLine: 'Jane Doe/AP', photographer: 'Jane Doe', agency: 'AP', licensor: 'L1 ; L2', creator: '2024' })
    expect(meta.details).toMatchObject({ headline: '0042', imageSupplier: 'Supplier A' })
  })

  it('reassembles extended XMP (packets over 64 KB) from its chunks', async () => {
    const guid = '0123456789ABCDEF0123456789ABCDEF'
    const main = xmpPacket('<photoshop:Credit>Main Credit</photoshop:Credit>', `\n    xmpNote:HasExtendedXMP="${guid}"`)
    const extended = xmpPacket(altLang('xmpRights:UsageTerms', { 'x-default': 'Long terms '.repeat(40).trim() }))
    const meta = await readPhotoMetadata(buildJpeg({ segments: [xmpSegment(main), ...extendedXmpSegments(guid, extended, 300).reverse()] }))
    expect(meta.photo.creditLine).toBe('Main Credit')
    expect(meta.photo.usageTerms).toBe('Long terms '.repeat(40).trim())
  })

  it('falls back to IIM, with a warning, when the XMP packet is not XML', async () => {
    const meta = await readPhotoMetadata(buildJpeg({ segments: [xmpSegment('<x:xmpmeta><rdf:RDF><broken'), iimSegment([[110, 'IIM Credit']])] }))
    expect(meta.photo.creditLine).toBe('IIM Credit')
    expect(meta.warnings).toHaveLength(1)
    expect(meta.warnings[0]).toMatch(/XMP metadata is not well-formed/)
  })

  it('gives an empty credit line when the photo carries no metadata', async () => {
    const meta = await readPhotoMetadata(buildJpeg())
    expect(meta.photo).toEqual({ creditLine: '' })
    expect(meta.blocks).toEqual({ xmp: false, iim: false, exif: false })
  })
})

describe('readPhotoMetadata: Digital Source Type', () => {
  it.each([
    ['trainedAlgorithmicMedia', true, false],
    ['compositeWithTrainedAlgorithmicMedia', true, true],
    ['algorithmicMedia', true, false],
    ['compositeSynthetic', false, true],
    ['compositeCapture', false, true],
    ['digitalCapture', false, false],
    ['softwareImage', false, false],
    ['somethingNew', false, false]
  ])('%s → aiGenerated %s, composite %s', async (term, aiGenerated, composite) => {
    const meta = await readPhotoMetadata(buildJpeg({ segments: [xmpSegment(dst(term))] }))
    expect(meta.photo.digitalSourceType).toBe(`http://cv.iptc.org/newscodes/digitalsourcetype/${term}`)
    expect({ aiGenerated: meta.aiGenerated, composite: meta.composite }).toEqual({ aiGenerated, composite })
  })

  it('names the term in plain English', async () => {
    const meta = await readPhotoMetadata(buildJpeg({ segments: [xmpSegment(dst('trainedAlgorithmicMedia'))] }))
    expect(meta.digitalSourceTypeName).toMatch(/generative AI/)
  })
})

describe('readPhotoMetadata: EXIF', () => {
  it('fills what IPTC leaves empty from EXIF, and extracts the EXIF thumbnail', async () => {
    const thumbnail = buildJpeg({ width: 8, height: 8 })
    const meta = await readPhotoMetadata(
      buildJpeg({
        width: 40,
        height: 24,
        segments: [exifSegment({ ImageDescription: 'From EXIF', Artist: 'Jonas Ek', Copyright: 'Jonas Ek\0Desk', DateTimeOriginal: '2024:11:02 06:30:00', OffsetTimeOriginal: '+01:00', Orientation: 6, thumbnail })]
      })
    )
    expect(meta.photo).toEqual({ creditLine: '', caption: 'From EXIF', creator: 'Jonas Ek', copyrightNotice: 'Jonas Ek', dateCreated: '2024-11-02T06:30:00+01:00' })
    expect(meta).toMatchObject({ width: 40, height: 24, orientation: 6 })
    expect(meta.thumbnail?.mimeType).toBe('image/jpeg')
    expect([...meta.thumbnail!.bytes]).toEqual([...thumbnail])
    expect((await readPhotoMetadata(buildJpeg({ segments: [exifSegment({ thumbnail })] }), { thumbnail: false })).thumbnail).toBeUndefined()
  })

  it('lets IPTC win over EXIF and ignores camera-default captions', async () => {
    const meta = await readPhotoMetadata(
      buildJpeg({ segments: [exifSegment({ ImageDescription: 'OLYMPUS DIGITAL CAMERA', Artist: 'Camera Owner' }), iimSegment([[80, 'Real Photographer']])] })
    )
    expect(meta.photo.caption).toBeUndefined()
    expect(meta.photo.creator).toBe('Real Photographer')
  })
})

describe('readPhotoMetadata: other formats', () => {
  const credit = xmpPacket('<photoshop:Credit>Jane Doe/Reuters</photoshop:Credit>')

  it.each([
    ['png', () => buildPng({ width: 5, height: 3, xmp: credit })],
    ['png', () => buildPng({ width: 5, height: 3, xmp: credit, compressXmp: true })],
    ['webp', () => buildWebp({ width: 5, height: 3, xmp: credit })]
  ])('reads XMP from %s', async (format, build) => {
    const meta = await readPhotoMetadata(build())
    expect(meta).toMatchObject({ format, width: 5, height: 3, photo: { creditLine: 'Jane Doe/Reuters', photographer: 'Jane Doe', agency: 'Reuters' } })
  })

  it('reads XMP and IIM from TIFF (through exifr)', async () => {
    const meta = await readPhotoMetadata(buildTiffFile({ width: 6, height: 2, xmp: credit, iim: iimBlock([[110, 'Jane Doe/Reut'], [120, 'Füße im Schnee']]) }))
    expect(meta).toMatchObject({ format: 'tiff', width: 6, height: 2, photo: { creditLine: 'Jane Doe/Reuters', caption: 'Füße im Schnee' } })
    expect(meta.conflicts).toEqual([{ field: 'creditLine', xmp: 'Jane Doe/Reuters', iim: 'Jane Doe/Reut' }])
  })
})

describe('readPhotoMetadata: files it cannot read', () => {
  const jpeg = buildJpeg({ segments: [xmpSegment(AGENCY_XMP)] })

  it.each([
    ['an empty file', new Uint8Array(), 'empty', /^The file is empty\.$/],
    ['a text file', new TextEncoder().encode('Photo:: AP\nJust text.'), 'not-an-image', /^This file is not an image/],
    ['a PDF', new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n'), 'not-an-image', /^This file is not an image/],
    ['a GIF', new TextEncoder().encode('GIF89a\x01\x00\x01\x00\x00\x00\x00;'), 'unsupported-format', /^GIF images carry no photo metadata/],
    ['a JPEG cut short in its headers', jpeg.subarray(0, 200), 'corrupt', /^The JPEG file is damaged: it ends in the middle of a header\.$/],
    ['a JPEG signature and garbage', concat([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00], new TextEncoder().encode('garbage')), 'corrupt', /^The JPEG file is damaged: expected a marker/],
    ['a JPEG with no image data', concat([0xff, 0xd8], segment(0xe0, new Uint8Array(4)), [0xff, 0xd9]), 'corrupt', /^The JPEG file is damaged: the image ends before any image data\.$/],
    ['a PNG cut short', buildPng({ xmp: AGENCY_XMP }).subarray(0, 60), 'corrupt', /^The PNG file is damaged: the iTXt chunk runs past the end of the file\.$/],
    ['a TIFF header and nothing else', new Uint8Array([0x49, 0x49, 0x2a, 0x00, 0xff, 0xff, 0xff, 0x00]), 'corrupt', /^The TIFF file is damaged: its image directory lies outside the file\.$/]
  ])('refuses %s with a one-line PhotoMetadataError', async (_, bytes, code, message) => {
    const error = await failure(bytes)
    expect(error.code).toBe(code)
    expect(error.message).toMatch(message)
  })

  it('reads a JPEG cut short in its image data, with a warning', async () => {
    const meta = await readPhotoMetadata(buildJpeg({ segments: [xmpSegment(AGENCY_XMP)], noEnd: true }))
    expect(meta.photo.creditLine).toBe('Lena Forsberg / Nordlys Press / Polar Pictures Editorial')
    expect(meta.warnings).toEqual(['The image data looks cut short (no JPEG end marker); the file may be incomplete.'])
  })

  it('skips a damaged EXIF block with a warning and reads the rest', async () => {
    const badExif = segment(0xe1, concat(new TextEncoder().encode('Exif\0\0'), [1, 2, 3, 4, 5, 6, 7, 8, 9]))
    const meta = await readPhotoMetadata(buildJpeg({ segments: [badExif, iimSegment([[110, 'Reuters']])] }))
    expect(meta.photo).toMatchObject({ creditLine: 'Reuters', agency: 'Reuters' })
    expect(meta.warnings).toEqual(['The EXIF block is damaged; it was skipped.'])
  })
})
