import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'
import { writeNinjs, type NinjsVersion } from '../../src/core/formats/export/writeNinjs'
import type { CheckGroup } from '../CheckGroup'
import type { CheckResult } from '../CheckResult'
import { check } from '../check'
import { exportSeedArticle } from './exportSeedArticle'
import { exportSeedVariants } from './exportSeedVariants'

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

// ajv-formats is CommonJS: its default export arrives wrapped under tsx/Node ESM.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as typeof addFormatsModule

/**
 * The ninjs schemas `$ref` GeoJSON by URL; nothing is fetched, so a local stand-in takes that
 * id (a GeoJSON object has a string `type`). Copydesk never writes geoJSON.
 */
const GEOJSON_STAND_IN = { $id: 'https://geojson.org/schema/GeoJSON.json', type: 'object', required: ['type'], properties: { type: { type: 'string' } } }

function validator(shared: string, version: NinjsVersion): (data: unknown) => string | null {
  const ajv = new Ajv2020({ allErrors: true, strict: false })
  addFormats(ajv)
  ajv.addSchema(GEOJSON_STAND_IN)
  const schema = JSON.parse(readFileSync(join(shared, 'reference', 'ninjs', `ninjs-schema_${version}.json`), 'utf8')) as object
  const validate = ajv.compile(schema)
  return (data) => (validate(data) ? null : ajv.errorsText(validate.errors, { separator: '; ' }).slice(0, 500))
}

/**
 * ninjs export against the official 2.1 and 3.1 schemas (ajv, formats on): every variant
 * validates, the seed's photo keeps its credit line verbatim in an allowed field, and the
 * tagged people and places come out with their registry ids and Wikidata URIs.
 */
export const exportNinjs: CheckGroup = {
  name: 'ninjs export',
  async run(shared) {
    const results: CheckResult[] = []
    const variants = exportSeedVariants(shared)
    const { article, ctx, creditLine } = exportSeedArticle(shared)
    for (const version of ['2.1', '3.1'] as const) {
      const validate = validator(shared, version)
      for (const v of variants) {
        const error = validate(JSON.parse(writeNinjs(v.article, v.ctx, version)))
        results.push(check(`ninjs ${version}: ${v.name} export validates against ninjs-schema_${version}.json`, error === null, error ?? ''))
      }
      const ninjs = JSON.parse(writeNinjs(article, ctx, version)) as Json
      const sources = version === '2.1' ? 'infosources' : 'infoSources'
      const credit = (ninjs.associations?.[0]?.[sources] ?? []).find((s: Json) => s.role === 'credit')
      results.push(check(`ninjs ${version} seed: the photo's credit line is kept verbatim (association infoSources, role credit)`, credit?.name === creditLine && creditLine !== '', JSON.stringify(credit)))
      const peskov = (ninjs.people ?? []).find((p: Json) => p.literal === 'dmitry-peskov')
      results.push(check(`ninjs ${version} seed: Dmitry Peskov is in people`, peskov?.name === 'Dmitry Peskov', JSON.stringify(ninjs.people?.slice(0, 3))))
      const iran = (ninjs.places ?? []).find((p: Json) => p.literal === 'iran')
      results.push(check(`ninjs ${version} seed: Iran is in places with its Wikidata URI`, iran?.uri === 'http://www.wikidata.org/entity/Q794', JSON.stringify(iran)))
      const origin = (ninjs[sources] ?? []).find((s: Json) => s.literal === 'reuters')
      results.push(check(`ninjs ${version} seed: Reuters is the originating source`, origin?.role === 'originating source', JSON.stringify(origin)))
      const body = String(ninjs.bodies?.[0]?.value ?? '')
      results.push(
        check(
          `ninjs ${version} seed: the HTML body keeps the inline tags and not the note`,
          body.includes('data-entity="dmitry-peskov"') && body.includes('data-speaker="dmitry-peskov"') && !body.includes('Araqchi elsewhere'),
          body.slice(0, 120)
        )
      )
    }
    return results
  }
}
