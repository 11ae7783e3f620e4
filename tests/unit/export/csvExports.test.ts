import { describe, expect, it } from 'vitest'
import { csvRow } from '../../../src/core/formats/export/csvRow'
import { writeEntityIndexCsv } from '../../../src/core/formats/export/writeEntityIndexCsv'
import { writeQuoteSheetCsv } from '../../../src/core/formats/export/writeQuoteSheetCsv'
import { fixtureArticle, fixtureContext, p, t } from './fixtureArticle'

/** A small RFC 4180 reader for the assertions. */
function readCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  let i = text.startsWith('\ufeff') ? 1 : 0
  while (i < text.length) {
    const c = text[i]!
    const next = text[i + 1]
    i++
    if (quoted && c === '"' && next === '"') {
      field += '"'
      i++
    } else if (c === '"') {
      quoted = !quoted
    } else if (!quoted && c === ',') {
      row.push(field)
      field = ''
    } else if (!quoted && c === '\r' && next === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      i++
    } else {
      field += c
    }
  }
  return rows
}

describe('csvRow', () => {
  it('quotes what needs quoting, doubles quotes, ends with CRLF', () => {
    expect(csvRow(['a', 'b,c', 'say "hi"', 'two\nlines'])).toBe('a,"b,c","say ""hi""","two\nlines"\r\n')
  })

  it('defuses fields a spreadsheet would run as formulas', () => {
    expect(csvRow(['=HYPERLINK("x")', '+1', '-2', '@SUM(A1)', 'ok'])).toBe(`"'=HYPERLINK(""x"")",'+1,'-2,'@SUM(A1),ok\r\n`)
  })
})

describe('writeQuoteSheetCsv', () => {
  it('lists every quote with speaker, article, source and verified, a multi-paragraph quote as one row', () => {
    const rows = readCsv(writeQuoteSheetCsv([fixtureArticle()], fixtureContext()))
    expect(rows[0]).toEqual(['quote', 'speaker', 'article', 'source', 'verified', 'kind', 'quote_id', 'speaker_id', 'source_id', 'article_id'])
    expect(rows.slice(1).map((r) => r.slice(0, 6))).toEqual([
      ['“We will not dredge while the fish spawn. Not one day. Everything else can wait for the Sele Regatta.”', 'Marta Quintero', 'Harbour board defends dredging plan for the Sele', '', 'yes', 'direct'],
      ['“a lifeline for the docks”', 'Marta Quintero', 'Harbour board defends dredging plan for the Sele', '', 'no', 'partial'],
      ['that the work would be finished by March', 'Marta Quintero', 'Harbour board defends dredging plan for the Sele', 'The Coastal Ledger', 'no', 'indirect']
    ])
  })

  it('covers several articles, naming an untitled one by its slug', () => {
    const second = fixtureArticle({ id: 'B', slug: 'untitled-b', headline: '' })
    const rows = readCsv(writeQuoteSheetCsv([fixtureArticle(), second], fixtureContext()))
    expect(rows).toHaveLength(7)
    expect(rows[6]![2]).toBe('untitled-b')
    expect(rows[6]![9]).toBe('B')
  })

  it('starts with a byte order mark so spreadsheets read UTF-8', () => {
    expect(writeQuoteSheetCsv([], fixtureContext())).toBe('\ufeffquote,speaker,article,source,verified,kind,quote_id,speaker_id,source_id,article_id\r\n')
  })
})

describe('writeEntityIndexCsv', () => {
  it('lists each entity once per article with its mentions and the spellings tagged', () => {
    const slip = fixtureArticle({
      body: {
        type: 'doc',
        content: [
          p(t('Araqchi', { type: 'entity', attrs: { entityId: 'abbas-araqchi', type: 'person' } }), t(' met '), t('Quintero', { type: 'entity', attrs: { entityId: 'marta-quintero', type: 'person' } })),
          p(t('Arakchi', { type: 'entity', attrs: { entityId: 'abbas-araqchi', type: 'person' } }), t(' left.'))
        ]
      }
    })
    const rows = readCsv(writeEntityIndexCsv([slip], fixtureContext()))
    expect(rows[0]).toEqual(['entity', 'type', 'mentions', 'forms', 'article', 'wikidata', 'entity_id', 'article_id'])
    expect(rows.slice(1).map((r) => r.slice(0, 4))).toEqual([
      ['Araqchi', 'person', '2', 'Araqchi; Arakchi'],
      ['Marta Quintero', 'person', '1', 'Quintero']
    ])
  })

  it('gives the Wikidata URI of the entity a merged one points to', () => {
    const rows = readCsv(writeEntityIndexCsv([fixtureArticle()], fixtureContext()))
    expect(rows.find((r) => r[6] === 'sele')).toEqual(['River Sele', 'place', '1', 'River Sele', 'Harbour board defends dredging plan for the Sele', 'http://www.wikidata.org/entity/Q999999902', 'sele', '01JZFIXTURE000000000000000'])
  })
})
