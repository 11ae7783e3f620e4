import { readDigitalSourceType } from '../../../../../core/model/digitalSourceType'

/** The IPTC Digital Source Type CV, for the photo card's select. */
export const DST_BASE = 'http://cv.iptc.org/newscodes/digitalsourcetype/'

/** The terms a desk picks from, in plain words; a file's other term is kept and shown as it is. */
export const DIGITAL_SOURCE_TYPES: { term: string; label: string }[] = [
  { term: 'digitalCapture', label: 'Photograph (digital capture)' },
  { term: 'negativeFilm', label: 'Scanned film' },
  { term: 'minorHumanEdits', label: 'Photograph, minor edits' },
  { term: 'trainedAlgorithmicMedia', label: 'AI-generated' },
  { term: 'compositeWithTrainedAlgorithmicMedia', label: 'Composite with AI elements' },
  { term: 'algorithmicMedia', label: 'Algorithmic (not AI-trained)' },
  { term: 'composite', label: 'Composite' },
  { term: 'compositeSynthetic', label: 'Composite with synthetic elements' },
  { term: 'digitalArt', label: 'Digital art / illustration' }
]

/** The term of a stored value (a full CV URI or a bare term). */
export function termOf(value: string | undefined): string {
  return readDigitalSourceType(value)?.term ?? ''
}
