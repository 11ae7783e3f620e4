import { describe, expect, it } from 'vitest'
import { findSourceCues } from '../../../src/core/checks/findSourceCues'

const names = (text: string) => findSourceCues(text).map((c) => [c.name, c.cue, c.type])

describe('findSourceCues', () => {
  it('“X reports / reported”, with offsets of the name', () => {
    const text = 'Moscow has supported Tehran, Reuters reports. The Associated Press reported it too.'
    const cues = findSourceCues(text)
    expect(cues.map((c) => [c.name, text.slice(c.start, c.end), text.slice(c.phrase.start, c.phrase.end)])).toEqual([
      ['Reuters', 'Reuters', 'Reuters reports'],
      ['Associated Press', 'Associated Press', 'The Associated Press reported']
    ])
    expect(cues.map((c) => c.type)).toEqual(['wire', 'wire'])
  })

  it('leaves out words that open the sentence or give the time', () => {
    expect(names('Yesterday Reuters reported a deal. On Monday the BBC reported more.')).toEqual([
      ['Reuters', 'reports', 'wire'],
      ['BBC', 'reports', 'broadcast']
    ])
  })

  it('“according to X”, but not to vague origins or lower-case bodies', () => {
    expect(names('The talks failed, according to the Harbour Gazette. According to Norwegian sources, the port stays shut. According to the city council, it will reopen.')).toEqual([
      ['Harbour Gazette', 'according-to', 'website']
    ])
  })

  it('“X told Y”: a named outlet is the source; telling reporters makes X an interview', () => {
    expect(names('Araqchi told Reuters on Monday. Piet Aalders told reporters: “No.” Nowak told Mayor John Harris so. He told journalists nothing.')).toEqual([
      ['Reuters', 'told', 'wire'],
      ['Piet Aalders', 'told', 'interview']
    ])
  })

  it('guesses social media and press releases from the words around', () => {
    expect(findSourceCues('according to Harbour Authority in a statement').map((c) => c.type)).toEqual(['press-release'])
  })

  it('gives the registry id of a known source', () => {
    const cues = findSourceCues('Crews walked out, Reuters reports.', [{ id: 'reuters-oslo', type: 'wire', name: 'reuters' }])
    expect(cues[0]).toMatchObject({ name: 'Reuters', sourceId: 'reuters-oslo' })
  })

  it('finds nothing in plain text', () => {
    expect(findSourceCues('The ferry left at nine. Nobody reported anything. Regarding reports of a letter, he said nothing.')).toEqual([])
  })
})
