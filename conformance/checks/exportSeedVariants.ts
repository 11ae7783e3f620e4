import type { ExportContext } from '../../src/core/formats/export/ExportContext'
import type { Article } from '../../src/core/model/Article'
import { exportSeedArticle } from './exportSeedArticle'
import { exportStressArticle } from './exportStressArticle'

/**
 * The articles every export check runs on: the tagged seed as imported (no headline), the
 * same seed with the newsroom metadata a desk adds (headline, byline, dateline, standfirst,
 * subject, embargo, correction, editor's note, photo rights), and the stress article.
 */
export function exportSeedVariants(shared: string): Array<{ name: string; article: Article; ctx: ExportContext }> {
  const seed = exportSeedArticle(shared)
  const photo = seed.article.photos[0]
  const dressed: Article = {
    ...seed.article,
    headline: 'Kremlin says Russia clearly supported Iran',
    standfirst: 'Moscow rejects criticism from Tehran.',
    bylines: ['Desk reporter'],
    dateline: { place: 'MOSCOW', date: '2026-06-24' },
    subjects: [{ code: 'medtop:11000000', name: 'politics' }],
    embargo: '2026-06-24T12:00:00+03:00',
    editorNote: 'Check the Araqchi spelling before release.',
    corrections: [{ date: '2026-06-25', note: 'Clarified the attribution.' }],
    photos: photo ? [{ ...photo, file: 'media/kremlin.jpg', caption: 'The Kremlin.', altText: 'Kremlin towers', usageTerms: 'Editorial use only', copyrightNotice: '© SalamPix' }] : []
  }
  const stress = exportStressArticle()
  return [
    { name: 'seed', article: seed.article, ctx: seed.ctx },
    { name: 'seed with metadata', article: dressed, ctx: seed.ctx },
    { name: 'stress article', article: stress.article, ctx: stress.ctx }
  ]
}
