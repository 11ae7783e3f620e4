import { describe, expect, it } from 'vitest'
import { PHOTO_AGENCIES } from '../../../src/core/model/lexicon/photoAgencies'
import { parseCreditLine } from '../../../src/core/model/parseCreditLine'

describe('parseCreditLine', () => {
  it.each([
    // agency first (AP style): "AP Photo" names the agency AP
    ['AP Photo/Jane Doe', { agency: 'AP', photographer: 'Jane Doe' }],
    ['(AP Photo/Evan Vucci, File)', { agency: 'AP', photographer: 'Evan Vucci' }],
    ['REUTERS/Maxim Shemetov', { agency: 'REUTERS', photographer: 'Maxim Shemetov' }],
    ['EPA-EFE/Yuri Kochetkov', { agency: 'EPA-EFE', photographer: 'Yuri Kochetkov' }],
    // photographer first
    ['Jane Doe/Getty Images', { photographer: 'Jane Doe', agency: 'Getty Images' }],
    ['Photo: Jane Doe / Reuters', { photographer: 'Jane Doe', agency: 'Reuters' }],
    ['Photo by Chip Somodevilla/Getty Images', { photographer: 'Chip Somodevilla', agency: 'Getty Images' }],
    ['Mikhail Metzel/TASS', { photographer: 'Mikhail Metzel', agency: 'TASS' }],
    ['Jean-Pierre Dupont/AFP', { photographer: 'Jean-Pierre Dupont', agency: 'AFP' }],
    ['Ahmad al-Rashid/Anadolu Agency', { photographer: 'Ahmad al-Rashid', agency: 'Anadolu Agency' }],
    ['Jane Doe for The New York Times', { photographer: 'Jane Doe', agency: 'The New York Times' }],
    // agency then distributor, hyphenated compounds recognised by a known member
    ['SalamPix-Abaca / Shutterstock Editorial', { agency: 'SalamPix-Abaca', distributor: 'Shutterstock Editorial' }],
    ['Anadolu via Getty Images', { agency: 'Anadolu', distributor: 'Getty Images' }],
    ['Jane Doe/AFP via Getty Images', { photographer: 'Jane Doe', agency: 'AFP', distributor: 'Getty Images' }],
    ['Jane Doe / NurPhoto / Shutterstock', { photographer: 'Jane Doe', agency: 'NurPhoto', distributor: 'Shutterstock' }],
    ['Sputnik/Mikhail Klimentyev/Kremlin via Reuters', { agency: 'Sputnik', photographer: 'Mikhail Klimentyev', distributor: 'Reuters' }],
    // a stand-in (Handout, Pool) next to a real agency goes into no field
    ['WANA (West Asia News Agency)/Handout via Reuters', { agency: 'WANA (West Asia News Agency)', distributor: 'Reuters' }],
    // copyright lines
    ['© 2025 Jane Doe', { photographer: 'Jane Doe' }],
    ['©2009 Julie Doe / Mugwum Press, all rights reserved', { photographer: 'Julie Doe', agency: 'Mugwum Press' }],
    // single known agencies
    ['Reuters', { agency: 'Reuters' }],
    ['Alamy Live News', { distributor: 'Alamy Live News' }],
    // the old conventions when nothing is known: photographer / agency / distributor, agency / distributor
    ['Photo: Jo Lund/Nord Pix/Wire Editorial', { photographer: 'Jo Lund', agency: 'Nord Pix', distributor: 'Wire Editorial' }],
    ['Marta Lindqvist / Nordlys Press / Polar Pictures Editorial', { photographer: 'Marta Lindqvist', agency: 'Nordlys Press', distributor: 'Polar Pictures Editorial' }],
    ['A / B', { agency: 'A', distributor: 'B' }]
  ])('%s', (line, parts) => {
    expect(parseCreditLine(line)).toEqual({ creditLine: line, ...parts })
  })

  it.each(['Jane Doe', 'Nord Pix', 'Mugwum Press', 'Credit Line (ref2017.1)', 'https://example.org/a/b', 'A / / B', 'a/b/c/d', 'a/b/c/d/e'])('leaves %s unsplit', (line) => {
    expect(parseCreditLine(line)).toEqual({ creditLine: line })
  })

  it('keeps the line verbatim, spacing and all', () => {
    const line = '  Photo:  Jane Doe /Reuters '
    expect(parseCreditLine(line).creditLine).toBe(line)
  })

  it('does not take short acronyms in another spelling for agencies', () => {
    expect(parseCreditLine('Ap Photo/Jane Doe').agency).not.toBe('Ap')
    expect(parseCreditLine('Jane Doe/Pa')).not.toHaveProperty('agency', 'PA')
  })

  it('uses a known photographer (the IPTC Creator) to tell the parts apart', () => {
    expect(parseCreditLine('Mugwum Press / Julie Doe')).toEqual({ creditLine: 'Mugwum Press / Julie Doe', agency: 'Mugwum Press', photographer: 'Julie Doe' })
    expect(parseCreditLine('Baltic Lens / Jonas Ek', { photographers: ['Jonas Ek'] })).toMatchObject({ photographer: 'Jonas Ek', agency: 'Baltic Lens' })
    expect(parseCreditLine('Julie Doe', { photographers: ['Julie Doe'] })).toEqual({ creditLine: 'Julie Doe', photographer: 'Julie Doe' })
  })

  it('bundles the wire and photo agencies the desk meets every day', () => {
    const names = PHOTO_AGENCIES.flatMap((a) => [a.name, ...(a.aliases ?? [])])
    for (const name of ['AP', 'Reuters', 'AFP', 'Getty Images', 'Shutterstock Editorial', 'Abaca', 'SalamPix', 'EPA', 'dpa', 'ANP', 'Anadolu', 'Xinhua', 'TASS', 'Sputnik', 'PA', 'Alamy', 'NurPhoto', 'Sipa', 'ZUMA', 'Bloomberg', 'Pool']) {
      expect(names).toContain(name)
    }
    for (const name of names) expect(parseCreditLine(`Jane Doe/${name}`).photographer, name).toBe('Jane Doe')
  })
})
