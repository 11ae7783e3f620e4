import { describe, expect, it } from 'vitest'
import { ImportError } from '../../../src/core/formats/ImportError'
import { importArticle, importArticleAsync } from '../../../src/core/formats/importArticle'
import { parseSanitizedHtml } from '../../../src/main/services/html/parseSanitizedHtml'
import { blockTexts } from './helpers/docText'
import { counterIds, readerFixture, utf8 } from './helpers/readerFixture'

const deps = { parseSanitizedHtml, newId: counterIds() }

describe('importArticle dispatch for the wire formats', () => {
  it.each([
    ['harbour-ns.xml', 'story.xml'],
    ['harbour-ns.xml', 'story.nitf'],
    ['harbour-ns.xml', 'story'],
    ['ferry-newsml-g2.xml', 'feed.dat'],
    ['ferry-ninjs2.json', 'item.json'],
    ['ferry-ninjs2.json', 'item.ninjs'],
    ['ferry-ninjs2.json', 'item']
  ])('reads %s named %s', (fixture, name) => {
    expect(importArticle(name, readerFixture(fixture), deps).headline).toMatch(/Norvik|ferries/)
  })

  it('uses the caller’s id factory for quotes', () => {
    const ids = counterIds('01JZQUOTE')
    const article = importArticle('x.xml', utf8('<nitf><body><body.content><p><q>Yes</q></p></body.content></body></nitf>'), { parseSanitizedHtml, newId: ids })
    expect(article.body.content[0]!.content![0]!.marks![0]!.attrs!.quoteId).toBe('01JZQUOTE001')
  })

  it('reads an .xml file that is XHTML as HTML', () => {
    const xhtml = '<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><head><title>T</title></head><body><h1>Heading</h1><p>Body</p></body></html>'
    expect(importArticle('page.xml', utf8(xhtml), deps).headline).toBe('Heading')
  })

  it('decodes XML in the legacy encoding it declares', () => {
    const head = '<?xml version="1.0" encoding="ISO-8859-1"?><nitf><body><body.content><p>Caf'
    const bytes = new Uint8Array([...utf8(head), 0xe9, ...utf8('</p></body.content></body></nitf>')])
    expect(blockTexts(importArticle('latin.xml', bytes, deps).body)).toEqual(['Café'])
  })

  it('keeps a text file that opens with a brace as text, and refuses a .json file that is not ninjs', () => {
    expect(importArticle('notes', utf8('{ not json } but a note.'), deps).body.content).toHaveLength(1)
    expect(() => importArticle('package.json', utf8('{"name":"x"}'), deps)).toThrow(/not a ninjs news item/)
  })

  it('refuses .docx in the synchronous importer with a clear message', () => {
    expect(() => importArticle('story.docx', utf8('PK'), deps)).toThrow(ImportError)
    expect(() => importArticle('story.docx', utf8('PK'), deps)).toThrow(/Word converter/)
  })

  it('sends .docx and extensionless ZIP files to the converter in the async importer', async () => {
    const seen: string[] = []
    const docxToHtml = (bytes: Uint8Array): Promise<{ html: string; standfirst?: string }> => {
      seen.push(String(bytes.length))
      return Promise.resolve({ html: '<h1>Converted</h1><p>Body</p>', standfirst: 'Deck' })
    }
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0])
    const a = await importArticleAsync('story.docx', zip, { ...deps, docxToHtml })
    const b = await importArticleAsync('attachment', zip, { ...deps, docxToHtml })
    expect([a.headline, a.standfirst, b.headline]).toEqual(['Converted', 'Deck', 'Converted'])
    expect(seen).toHaveLength(2)
    // Other formats do not touch the converter.
    expect((await importArticleAsync('a.txt', utf8('Just text.'), { ...deps, docxToHtml })).body.content).toHaveLength(1)
    expect(seen).toHaveLength(2)
  })
})
