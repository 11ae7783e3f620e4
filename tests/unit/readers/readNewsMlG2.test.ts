import { describe, expect, it } from 'vitest'
import { readNitf } from '../../../src/core/formats/nitf/readNitf'
import { parseSanitizedHtml } from '../../../src/main/services/html/parseSanitizedHtml'
import { blockTexts, joinedMarks, marked } from './helpers/docText'
import { counterIds, readerFixtureText } from './helpers/readerFixture'

const deps = { newId: counterIds(), parseSanitizedHtml }

describe('readNitf: NewsML-G2 items carrying NITF in inlineXML', () => {
  const article = readNitf(readerFixtureText('ferry-newsml-g2.xml'), deps)

  it('reads the inline NITF: its headline wins over the envelope’s, tags come through', () => {
    expect(article.headline).toBe('Norvik halts night ferries in fog')
    expect(blockTexts(article.body)).toEqual(['Harbour master Ingrid Solheim said “safety cannot be negotiated”.', 'Crossings resume on Sunday at the earliest.'])
    expect(marked(article.body, 'entity').map((r) => r.attrs)).toEqual([{ entityId: 'ingrid-solheim', type: 'person' }])
    expect(joinedMarks(article.body, 'quote')[0]!.attrs).toMatchObject({ speakerId: 'ingrid-solheim', kind: 'direct' })
  })

  it('fills what the NITF leaves out from the item metadata', () => {
    expect(article.standfirst).toBe("Norvik's harbour authority halts night crossings.")
    expect(article.bylines).toEqual(['Tomas Berg'])
    expect(article.dateline).toEqual({ place: 'Norvik' })
    expect(article.language).toBe('en-GB')
    expect(article.embargo).toBe('2025-06-11T12:00:00+02:00')
    expect(article.editorNote).toBe('Timetable still to be confirmed.')
    // Only IPTC topics are subjects; people in <subject> are not.
    expect(article.subjects).toEqual([{ code: 'medtop:20000500', name: 'maritime transport' }])
    expect(article.sources).toEqual(['coastal-courier'])
  })

  it('finds the text item in a newsMessage, past a picture item', () => {
    const message = `<?xml version="1.0"?>
<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/">
  <header><sent>2025-06-11T08:00:00Z</sent></header>
  <itemSet>
    <newsItem guid="urn:example:photo"><itemMeta><itemClass qcode="ninat:picture"/></itemMeta>
      <contentSet><remoteContent href="https://example.org/p.jpg" contenttype="image/jpeg"/></contentSet></newsItem>
    <newsItem guid="urn:example:text"><contentMeta><headline>Envelope headline</headline></contentMeta>
      <contentSet><inlineXML contenttype="application/nitf+xml"><nitf xmlns="http://iptc.org/std/NITF/2006-10-18/"><body><body.content><p>Text of the story.</p></body.content></body></nitf></inlineXML></contentSet></newsItem>
  </itemSet>
</newsMessage>`
    const read = readNitf(message, deps)
    expect(read.headline).toBe('Envelope headline')
    expect(blockTexts(read.body)).toEqual(['Text of the story.'])
  })

  it('reads an item carrying XHTML through the HTML sanitiser, and one carrying plain text', () => {
    const xhtml = readNitf(
      `<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/"><contentMeta><headline>H</headline></contentMeta><contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body><p>Safe <b>text</b></p><script>alert(1)</script><p><a href="javascript:alert(1)">x</a></p></body></html></inlineXML></contentSet></newsItem>`,
      deps
    )
    expect(xhtml.headline).toBe('H')
    expect(blockTexts(xhtml.body)).toEqual(['Safe text', 'x'])
    expect(marked(xhtml.body, 'bold').map((r) => r.text)).toEqual(['text'])
    expect(marked(xhtml.body, 'link')).toEqual([])
    const plain = readNitf(
      `<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/"><contentMeta><headline>P</headline></contentMeta><contentSet><inlineData contenttype="text/plain">First paragraph of the story.\nSecond paragraph of the story.</inlineData></contentSet></newsItem>`,
      deps
    )
    expect(plain.headline).toBe('P')
    expect(blockTexts(plain.body)).toEqual(['First paragraph of the story.', 'Second paragraph of the story.'])
  })

  it('refuses packages that only refer to items, and items without text', () => {
    expect(() => readNitf('<packageItem xmlns="http://iptc.org/std/nar/2006-10-01/"><groupSet><group><itemRef residref="x"/></group></groupSet></packageItem>')).toThrow(
      /only refers to its news items/
    )
    expect(() => readNitf('<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/"><contentSet><remoteContent href="https://example.org/p.jpg"/></contentSet></newsItem>')).toThrow(
      /carries no article text/
    )
  })
})
