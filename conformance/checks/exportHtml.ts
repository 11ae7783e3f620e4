import { JSDOM } from 'jsdom'
import { writeHtml } from '../../src/core/formats/export/writeHtml'
import type { CheckGroup } from '../CheckGroup'
import { check } from '../check'
import { exportSeedArticle } from './exportSeedArticle'

/**
 * The standalone HTML export of the tagged seed, parsed as a browser would: tags as
 * span[data-entity] and q[data-speaker], schema.org NewsArticle JSON-LD that parses, with the
 * photo's credit line as the ImageObject's creditText and the tagged people as mentions.
 */
export const exportHtml: CheckGroup = {
  name: 'HTML export',
  async run(shared) {
    const { article, ctx, creditLine } = exportSeedArticle(shared)
    const html = writeHtml(article, ctx)
    const doc = new JSDOM(html).window.document
    let ld: Record<string, any> | null = null // eslint-disable-line @typescript-eslint/no-explicit-any
    try {
      ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')?.textContent ?? '')
    } catch {
      ld = null
    }
    const image = ld?.image?.[0]
    return [
      check('HTML seed: entities are span[data-entity]', doc.querySelectorAll('span[data-entity="dmitry-peskov"][data-entity-type="person"]').length > 0, 'no Peskov span'),
      check('HTML seed: quotes are q[data-speaker]', doc.querySelectorAll('q[data-speaker="dmitry-peskov"][data-quote]').length > 0, 'no q by Peskov'),
      check('HTML seed: JSON-LD is a NewsArticle', ld?.['@type'] === 'NewsArticle', String(ld?.['@type'])),
      check('HTML seed: JSON-LD image has the credit line as creditText', image?.['@type'] === 'ImageObject' && image?.creditText === creditLine, JSON.stringify(image)),
      check(
        'HTML seed: JSON-LD mentions the tagged people, with Wikidata sameAs where known',
        (ld?.mentions ?? []).some((m: { name?: string }) => m.name === 'Dmitry Peskov') &&
          (ld?.mentions ?? []).some((m: { sameAs?: string }) => m.sameAs === 'http://www.wikidata.org/entity/Q7747'),
        JSON.stringify(ld?.mentions?.slice(0, 2))
      ),
      check('HTML seed: no scripts besides the JSON-LD, no note', doc.querySelectorAll('script').length === 1 && !html.includes('Araqchi elsewhere'), 'extra script or note')
    ]
  }
}
