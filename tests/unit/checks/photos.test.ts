import { describe, expect, it } from 'vitest'
import { syntheticKind } from '../../../src/core/checks/digitalSourceType'
import { article, doc, goodPhoto, p } from './helpers/doc'
import { findingsOf } from './helpers/findings'

const body = doc(p('The ferry did not sail on Monday.'))
const AI = 'http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia'

describe('photo checks', () => {
  it('a photo without a credit line is an error that points at the photo', () => {
    const a = article(body, { photos: [goodPhoto(), goodPhoto({ file: 'media/quay.jpg', creditLine: '  ' })] })
    expect(findingsOf(a, 'photo-credit')).toEqual([
      {
        id: 'photo-credit',
        key: 'photo-credit:media/quay.jpg',
        severity: 'error',
        message: 'Photo 2 (quay.jpg) has no credit line — add who took it and for whom (e.g. “AP Photo/Jane Doe”).',
        target: { kind: 'photo', index: 1 }
      }
    ])
  })

  it('a credited photo, or none at all, passes; a photo without a file is keyed by position', () => {
    expect(findingsOf(article(body, { photos: [goodPhoto()] }), 'photo-credit')).toEqual([])
    expect(findingsOf(article(body), 'photo-credit')).toEqual([])
    const [f] = findingsOf(article(body, { photos: [{ creditLine: '' }] }), 'photo-credit')
    expect(f?.key).toBe('photo-credit:1')
  })

  it('an AI-generated or composite image without a disclosure is an error', () => {
    const a = article(body, {
      photos: [
        goodPhoto({ file: 'media/ai.jpg', digitalSourceType: AI }),
        goodPhoto({ file: 'media/montage.jpg', digitalSourceType: 'http://cv.iptc.org/newscodes/digitalsourcetype/compositeSynthetic' })
      ]
    })
    const found = findingsOf(a, 'photo-disclosure')
    expect(found.map((f) => [f.key, f.severity])).toEqual([
      ['photo-disclosure:media/ai.jpg', 'error'],
      ['photo-disclosure:media/montage.jpg', 'error']
    ])
    expect(found[0]?.message).toMatch(/AI-generated.*no disclosure/)
    expect(found[1]?.message).toMatch(/composite/)
  })

  it('a disclosed AI image, and a plain photograph, pass', () => {
    const a = article(body, {
      photos: [
        goodPhoto({ digitalSourceType: AI, disclosure: 'Illustration generated with AI' }),
        goodPhoto({ digitalSourceType: 'http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture' }),
        goodPhoto({ digitalSourceType: 'http://cv.iptc.org/newscodes/digitalsourcetype/softwareImage' })
      ]
    })
    expect(findingsOf(a, 'photo-disclosure')).toEqual([])
  })

  it('reads Digital Source Type as a URI or a bare term', () => {
    expect(syntheticKind('trainedAlgorithmicMedia')).toBe('ai')
    expect(syntheticKind('http://cv.iptc.org/newscodes/digitalsourcetype/compositeWithTrainedAlgorithmicMedia')).toBe('ai')
    expect(syntheticKind('http://cv.iptc.org/newscodes/digitalsourcetype/compositeCapture')).toBe('composite')
    expect(syntheticKind('http://cv.iptc.org/newscodes/digitalsourcetype/negativeFilm')).toBeNull()
    expect(syntheticKind(undefined)).toBeNull()
  })

  it('warns about a photo without usage terms', () => {
    const [f, ...rest] = findingsOf(article(body, { photos: [goodPhoto({ usageTerms: undefined })] }), 'photo-usage-terms')
    expect(rest).toEqual([])
    expect(f).toMatchObject({ severity: 'warning', key: 'photo-usage-terms:media/harbour.jpg', target: { kind: 'photo', index: 0 } })
    expect(findingsOf(article(body, { photos: [goodPhoto()] }), 'photo-usage-terms')).toEqual([])
  })

  it('warns about a photo without alt text, even when it has a caption', () => {
    const a = article(body, { photos: [goodPhoto({ altText: '', caption: 'Crews on the quay in Bergen.' })] })
    const [f] = findingsOf(a, 'photo-alt-text')
    expect(f).toMatchObject({ severity: 'warning', key: 'photo-alt-text:media/harbour.jpg' })
    expect(f?.message).toMatch(/no alt text/)
    expect(findingsOf(article(body, { photos: [goodPhoto()] }), 'photo-alt-text')).toEqual([])
  })
})
