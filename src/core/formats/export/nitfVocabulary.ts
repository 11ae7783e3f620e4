/** The NITF 3.x namespace the writer declares as default. */
export const NITF_NS = 'http://iptc.org/std/NITF/2006-10-18/'
/**
 * Copydesk's own attributes (quote ids, speakers, registry ids) ride along in this namespace,
 * which NITF 3.6 allows on every element (`anyAttribute namespace="##other"`).
 */
export const COPYDESK_NS = 'urn:x-copydesk:nitf:1'
/** idsrc of an entity known to Wikidata; idsrc + value is the item's concept URI. */
export const WIKIDATA_IDSRC = 'http://www.wikidata.org/entity/'
/** idsrc of an entity known only to the workspace registry; value is its id (`dmitry-peskov`). */
export const ENTITY_IDSRC = 'urn:x-copydesk:entity'
/** idsrc of a source of the registry (`reuters`), for attributions and distributors. */
export const SOURCE_IDSRC = 'urn:x-copydesk:source'
/** idsrc of an IPTC Media Topic; idsrc + value is the topic's URI. */
export const MEDIATOPIC_IDSRC = 'http://cv.iptc.org/newscodes/mediatopic/'
