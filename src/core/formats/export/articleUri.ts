/** The global identifier of an exported article (ninjs `uri`, JSON-LD `@id` base): `urn:x-copydesk:article:<ULID>`. */
export function articleUri(articleId: string): string {
  return `urn:x-copydesk:article:${encodeURIComponent(articleId)}`
}
