import { describe, expect, it } from 'vitest'
import { ImportError } from '../../../src/core/formats/ImportError'
import { readNinjs } from '../../../src/core/formats/ninjs/readNinjs'
import { parseSanitizedHtml } from '../../../src/main/services/html/parseSanitizedHtml'
import { blockTexts, marked } from './helpers/docText'
import { readerFixtureText } from './helpers/readerFixture'

const deps = { parseSanitizedHtml }

describe('readNinjs 1.x (lowercase names, headline, body_html, person…)', () => {
  const article = readNinjs(readerFixtureText('glassworks-ninjs1.json'), deps)

  it('reads the metadata', () => {
    expect(article.headline).toBe('Glassworks reopens after two-year restoration')
    expect(article.standfirst).toBe("The town's 19th-century glassworks opens again on Saturday.")
    expect(article.bylines).toEqual(['Ana Lund'])
    expect(article.dateline).toEqual({ place: 'Holmsund' })
    expect(article.language).toBe('en')
    expect(article.embargo).toBe('2025-03-01T18:00:00Z')
    expect(article.editorNote).toBe('Photos to follow.')
    expect(article.subjects).toEqual([{ code: 'medtop:01000000', name: 'arts, culture and entertainment' }])
  })

  it('sanitises the HTML body: no script, no handlers, no javascript: links, no images', () => {
    expect(blockTexts(article.body)).toEqual([
      'The café by the kilns will reopen too, said Mirja Holm of the Holmsund Heritage Trust.',
      'Visitors can book tours at the trust.'
    ])
    expect(JSON.stringify(article.body)).not.toMatch(/alert|steal|onerror|javascript/)
    expect(marked(article.body, 'link')).toEqual([{ text: 'the trust', attrs: { href: 'https://example.org/tours' } }])
  })

  it('tags the listed people and organisations where the body names them', () => {
    expect(marked(article.body, 'entity').map((r) => [r.text, r.attrs!.entityId, r.attrs!.type])).toEqual([
      ['Mirja Holm', 'mirja-holm', 'person'],
      ['Holmsund Heritage Trust', 'holmsund-heritage-trust', 'organization']
    ])
    // The bold on the name is kept under the entity.
    expect(marked(article.body, 'bold').map((r) => r.text)).toEqual(['Mirja Holm'])
  })

  it('reads an associated picture (object form) as a photo', () => {
    expect(article.photos).toEqual([
      { creditLine: 'Nordlys Press', caption: 'The restored kiln hall.', creator: 'Ana Lund', copyrightOwner: 'Nordlys Press' }
    ])
  })
})

describe('readNinjs 2.x (headlines, bodies, people, infosources)', () => {
  const article = readNinjs(readerFixtureText('ferry-ninjs2.json'), deps)

  it('prefers the HTML body, keeps its subheads, and uses the sub headline as standfirst', () => {
    expect(article.headline).toBe('Norvik suspends night ferries after week of fog')
    expect(article.standfirst).toBe('Harbour master says safety “cannot be negotiated”')
    expect(article.body.content.map((b) => b.type)).toEqual(['paragraph', 'heading', 'paragraph'])
    expect(blockTexts(article.body)[2]).toBe('The council of Ytterøy called it hasty, the Coastal Courier reports.')
  })

  it('tags entity mentions with ids from `literal` or the name', () => {
    expect(marked(article.body, 'entity').map((r) => [r.text, r.attrs!.entityId])).toEqual([
      ['Ingrid Solheim', 'ingrid-solheim'],
      ['Ytterøy', 'ytteroy'],
      ['Ytterøy', 'ytteroy']
    ])
    // Italic Ytterøy keeps its italic as well as the tag.
    expect(marked(article.body, 'italic').map((r) => r.text)).toEqual(['Ytterøy'])
  })

  it('reads sources, subjects and the photo with its credit line from the credit infosource', () => {
    expect(article.sources).toEqual(['coastal-courier'])
    expect(article.subjects).toEqual([{ code: 'medtop:20000500', name: 'maritime transport' }])
    expect(article.photos).toEqual([
      {
        creditLine: 'Marta Lindqvist / Nordlys Press / Polar Pictures Editorial',
        photographer: 'Marta Lindqvist',
        agency: 'Nordlys Press',
        distributor: 'Polar Pictures Editorial',
        caption: 'A ferry waits at its berth in Norvik.',
        creator: 'Marta Lindqvist',
        copyrightOwner: 'Nordlys Press',
        copyrightNotice: '© 2025 Marta Lindqvist',
        usageTerms: 'Editorial use only'
      }
    ])
  })
})

describe('readNinjs 3.x (camelCase)', () => {
  const article = readNinjs(readerFixtureText('ferry-ninjs3.json'), deps)

  it('reads camelCase names, XHTML bodies and embargoedUntil', () => {
    expect(article.headline).toBe('Norvik suspends night ferries after week of fog')
    expect(article.standfirst).toBe('Three near-misses in one night.')
    expect(article.embargo).toBe('2025-06-11T12:00:00+02:00')
    expect(article.editorNote).toBe('Timetable still to be confirmed.')
    expect(article.sources).toEqual(['coastal-courier'])
    expect(blockTexts(article.body)).toEqual(['Council leader Per Aasen said every passenger “has somewhere important to be”.'])
    expect(marked(article.body, 'entity').map((r) => r.attrs)).toEqual([{ entityId: 'per-aasen', type: 'person' }])
    expect(article.photos[0]).toMatchObject({ creditLine: 'SalamPix-Abaca / Shutterstock Editorial', agency: 'SalamPix-Abaca', distributor: 'Shutterstock Editorial' })
  })

  it('reads a plain-text body one paragraph per line', () => {
    const read = readNinjs(JSON.stringify({ uri: 'urn:x', headlines: [{ value: 'H' }], bodies: [{ contentType: 'text/plain', value: 'One.\nTwo.' }] }), deps)
    expect(blockTexts(read.body)).toEqual(['One.', 'Two.'])
  })

  it('reads a NITF body with its inline tags', () => {
    const read = readNinjs(
      JSON.stringify({ uri: 'urn:x', bodies: [{ contentType: 'application/nitf+xml', value: '<nitf><body><body.head><hedline><hl1>From NITF</hl1></hedline></body.head><body.content><p><person value="per-aasen">Per Aasen</person> spoke.</p></body.content></body></nitf>' }] }),
      deps
    )
    expect(read.headline).toBe('From NITF')
    expect(marked(read.body, 'entity').map((r) => r.attrs!.entityId)).toEqual(['per-aasen'])
  })
})

describe('readNinjs refusals', () => {
  it.each([
    ['{ "uri": ', /not valid JSON/],
    ['[1, 2]', /not a JSON object/],
    ['{ "name": "package.json", "version": "1.0.0" }', /no headline or body/],
    ['{ "uri": "urn:x", "headlines": [], "bodies": [] }', /no headline and no text/],
    [`{ "uri": "urn:x", "headline": "${'a'.repeat(10 * 1024 * 1024)}" }`, /larger than 10 MB/]
  ])('refuses %.40s', (text, message) => {
    expect(() => readNinjs(text, deps)).toThrow(ImportError)
    expect(() => readNinjs(text, deps)).toThrow(message)
  })
})
