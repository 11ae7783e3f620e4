import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readPlainText } from '../../../src/core/formats/plainText/readPlainText'
import { blocks } from './helpers/blocks'
import { fixturePath } from './helpers/fixturePath'

const fixture = (name: string): string => readFileSync(fixturePath(name), 'utf8')

describe('readPlainText', () => {
  it('reads a one-paragraph-per-line wire story like the seed', () => {
    const article = readPlainText(fixture('wire-story.txt'))
    // The first line after the metadata is the lede (it ends with a full stop): no headline.
    expect(article.headline).toBe('')
    expect(article.photos).toEqual([
      {
        creditLine: 'Marta Lindqvist / Nordlys Press / Polar Pictures Editorial',
        photographer: 'Marta Lindqvist',
        agency: 'Nordlys Press',
        distributor: 'Polar Pictures Editorial'
      }
    ])
    expect(article.custom).toEqual({ Byline: 'Tomas Berg', Slug: 'ferries-fog' })
    const body = blocks(article.body)
    expect(body[0]).toMatch(/^p: The harbour authority of Norvik on Wednesday suspended/)
    expect(body.filter((b) => b.startsWith('h2: '))).toEqual(['h2: Harbour master: “We were lucky twice”', 'h2: Island councils push back'])
    expect(body).toContain('p: “The mast will be repaired by the end of the month,” Solheim said, “and then we will review the decision.”')
    expect(body).toHaveLength(10)
    expect(JSON.stringify(article.body)).not.toContain('::')
  })

  it('joins hard-wrapped blocks and takes a short first line as the headline', () => {
    const article = readPlainText(fixture('wrapped-blocks.txt'))
    expect(article.headline).toBe('Glassworks reopens after two-year restoration')
    expect(blocks(article.body)).toEqual([
      'p: The old glassworks on the river quay in Brennholm will open its doors to visitors again on Saturday, two years after a fire destroyed most of its roof and the collection of blown lamps that gave the building its name.',
      'p: Restoration cost more than the town had budgeted, according to figures published by the municipal heritage office, but much of the overrun was covered by a public collection.',
      'h2: Furnace lit again',
      'p: Curator Lena Voss said: “We did not want a museum of broken glass. We wanted a workshop where you can hear the furnace.”'
    ])
  })

  it('uses the Headline:: field and drops its repetition from the body', () => {
    const article = readPlainText(fixture('headline-field.txt'))
    expect(article.headline).toBe('Library lends out its first seed packets')
    expect(article.custom).toEqual({ Category: 'Local' })
    expect(blocks(article.body)).toHaveLength(2)
    expect(blocks(article.body)[0]).toMatch(/^p: Gardeners in Holmsund/)
  })

  it('treats a closing quote after punctuation as the end of a sentence, not a subhead', () => {
    const body = blocks(readPlainText('Lede sentence that is long enough to be a paragraph.\nMayor: “We will rebuild”\n“We will rebuild.”\nShe said it twice, and the hall applauded.').body)
    expect(body).toEqual(['p: Lede sentence that is long enough to be a paragraph.', 'h2: Mayor: “We will rebuild”', 'p: “We will rebuild.”', 'p: She said it twice, and the hall applauded.'])
  })

  it('never makes lead-ins, lower-case lines, bylines or trailing lines subheads', () => {
    const body = blocks(readPlainText('The minister spoke at noon.\nHe told reporters:\nand then left\nBy Jane Roe\nTalks resume\nMore talks are planned for Friday.\nReporting by Jane Roe').body)
    expect(body).toEqual([
      'p: The minister spoke at noon.',
      'p: He told reporters:',
      'p: and then left',
      'p: By Jane Roe',
      'h2: Talks resume',
      'p: More talks are planned for Friday.',
      'p: Reporting by Jane Roe'
    ])
  })

  it('makes no subheads in a text made only of short lines', () => {
    expect(blocks(readPlainText('Headline:: Shopping\nMilk\nBread\nEggs').body)).toEqual(['p: Milk', 'p: Bread', 'p: Eggs'])
  })

  it('collapses white space and leaves no empty text nodes', () => {
    const article = readPlainText('Photo:: Agency One / Wire Two\n\n  Spaced   out\ttext  here, really.  \n\n\nSecond\u00a0line keeps its no-break space.\n')
    expect(article.body.content).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'Spaced out text here, really.' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Second\u00a0line keeps its no-break space.' }] }
    ])
  })

  it('takes Photo:: lines wherever they are, and other keys only at the start or end', () => {
    const article = readPlainText('First paragraph of the story is here.\nPhoto:: Ann Lee / Pix / Wire\nNote:: this is body text?\nLast paragraph of the story is here.\nDesk:: Foreign')
    expect(article.photos.map((p) => p.creditLine)).toEqual(['Ann Lee / Pix / Wire'])
    expect(article.custom).toEqual({ Desk: 'Foreign' })
    expect(blocks(article.body)).toEqual(['p: First paragraph of the story is here.', 'p: Note:: this is body text?', 'p: Last paragraph of the story is here.'])
  })
})
