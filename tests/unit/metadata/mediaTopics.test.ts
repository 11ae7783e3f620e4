import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { matchMediaTopics } from '../../../src/core/model/matchMediaTopics'
import { parseMediaTopics } from '../../../src/core/model/parseMediaTopics'

const csv = readFileSync(new URL('../../fixtures/subjects/mediatopics-tiny.csv', import.meta.url), 'utf8')

describe('parseMediaTopics', () => {
  it('reads codes, labels with commas and quotes, parents and levels; skips stray rows', () => {
    expect(parseMediaTopics(csv)).toEqual([
      { code: 'medtop:01000000', name: 'arts, culture, entertainment and media', level: 1 },
      { code: 'medtop:20000002', name: 'arts and entertainment', parent: 'medtop:01000000', level: 2 },
      { code: 'medtop:09000000', name: 'labour', level: 1 },
      { code: 'medtop:20000349', name: 'strike', parent: 'medtop:20000348', level: 3 },
      { code: 'medtop:20000348', name: 'labour relations', parent: 'medtop:09000000', level: 2 },
      { code: 'medtop:20000999', name: 'the "quoted" topic', parent: 'medtop:09000000', level: 2 }
    ])
  })

  it('takes CRLF line ends, a BOM and columns in another order', () => {
    const other = '\uFEFFlevel,label_en_GB,qcode\r\n1,politics,medtop:11000000\r\n'
    expect(parseMediaTopics(other)).toEqual([{ code: 'medtop:11000000', name: 'politics', level: 1 }])
  })

  it('refuses a file that is not a Media Topics list', () => {
    expect(() => parseMediaTopics('name,value\na,b\n')).toThrow(/no qcode and label/)
  })
})

describe('matchMediaTopics', () => {
  const topics = parseMediaTopics(csv)
  const names = (q: string, exclude?: Set<string>) => matchMediaTopics(topics, q, 12, exclude).map((t) => t.name)

  it('ranks label prefix, then word prefix, then anywhere; shallow topics first', () => {
    expect(names('lab')).toEqual(['labour', 'labour relations'])
    expect(names('rel')).toEqual(['labour relations'])
    expect(names('ertain')).toEqual(['arts, culture, entertainment and media', 'arts and entertainment'])
    expect(names('ART')).toEqual(['arts, culture, entertainment and media', 'arts and entertainment'])
  })

  it('finds by code, leaves out chosen topics, and returns nothing for an empty query', () => {
    expect(names('medtop:2000034')).toEqual(['labour relations', 'strike'])
    expect(names('20000349')).toEqual(['strike'])
    expect(names('lab', new Set(['medtop:09000000']))).toEqual(['labour relations'])
    expect(names('  ')).toEqual([])
  })
})

describe('the bundled IPTC Media Topics list', () => {
  it('parses whole: every English topic, codes unique', () => {
    const topics = parseMediaTopics(readFileSync(new URL('../../../resources/iptc-mediatopic_2019-04-06_en.csv', import.meta.url), 'utf8'))
    expect(topics.length).toBeGreaterThan(1000)
    expect(new Set(topics.map((t) => t.code)).size).toBe(topics.length)
    expect(matchMediaTopics(topics, 'labour strike')[0]).toEqual({ code: 'medtop:20000530', name: 'labour strike', level: 1 })
  })
})
