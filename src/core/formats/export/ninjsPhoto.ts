import type { Photo } from '../../model/Article'
import { isAbsoluteUri } from './isAbsoluteUri'
import { mediaTypeOf } from './mediaTypeOf'
import { toDateTime } from './toDateTime'

type Json = Record<string, unknown>

/**
 * A photo as a ninjs 3.1 association (camelCase; writeNinjs lowers the names for 2.1). Every
 * property is one the schema allows, since it forbids others: caption, alt text and disclosure
 * as descriptions; creator as `by`; copyright owner, notice and usage terms in their own
 * fields; the web statement of rights as rightsInfo.linkedRights; the credit line, verbatim,
 * as an infoSources entry with role `credit`, beside the agency, distributor, source and
 * licensor with roles of those names; the file as an altIds entry with role `file`.
 */
export function ninjsPhoto(photo: Photo, index: number, articleUri: string): Json {
  const v = (key: keyof Photo): string | undefined => {
    const value = photo[key]?.trim()
    return value ? value : undefined
  }
  const descriptions = (
    [
      ['caption', v('caption')],
      ['alt', v('altText')],
      ['disclosure', v('disclosure')],
      ['creator-job-title', v('creatorJobTitle')]
    ] as const
  ).flatMap(([role, value]) => (value ? [{ role, value }] : []))
  const infoSources = (
    [
      ['credit', photo.creditLine],
      ['agency', v('agency')],
      ['distributor', v('distributor')],
      ['source', v('source')],
      ['licensor', v('licensor')]
    ] as const
  ).flatMap(([role, name]) => (name ? [{ name, role }] : []))
  const web = v('webStatement')
  const digitalSourceType = v('digitalSourceType')
  const file = v('file')
  const association: Json = {
    name: `photo-${index + 1}`,
    uri: `${articleUri}:photo:${index + 1}`,
    type: 'picture',
    ...(descriptions.length ? { descriptions } : {}),
    ...(v('creator') || v('photographer') ? { by: v('creator') ?? v('photographer') } : {}),
    ...(v('copyrightOwner') ? { copyrightHolder: v('copyrightOwner') } : {}),
    ...(v('copyrightNotice') ? { copyrightNotice: v('copyrightNotice') } : {}),
    ...(v('usageTerms') ? { usageTerms: v('usageTerms') } : {}),
    ...(toDateTime(v('dateCreated')) ? { contentCreated: toDateTime(v('dateCreated')) } : {}),
    ...(infoSources.length ? { infoSources } : {}),
    ...(web ? { rightsInfo: isAbsoluteUri(web) ? { linkedRights: web } : { encodedRights: web } } : {}),
    ...(digitalSourceType ? { digitalSourceType: isAbsoluteUri(digitalSourceType) ? { uri: digitalSourceType } : { literal: digitalSourceType } } : {}),
    ...(file ? { altIds: [{ role: 'file', value: file }] } : {}),
    ...(file && mediaTypeOf(file) ? { renditions: [{ name: 'original', contentType: mediaTypeOf(file) }] } : {})
  }
  return association
}
