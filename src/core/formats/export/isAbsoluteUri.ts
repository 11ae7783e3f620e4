/**
 * True for a value JSON Schema's `uri` format accepts and a receiver can follow: an absolute
 * http(s) URL without spaces or characters that would need escaping, or a URN.
 */
export function isAbsoluteUri(value: string | undefined): value is string {
  if (!value) return false
  return /^https?:\/\/[A-Za-z0-9.-]+(?::\d+)?(?:[/?#][A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]*)?$/.test(value) || /^urn:[A-Za-z0-9][A-Za-z0-9-]{0,31}:[A-Za-z0-9()+,\-.:=@;$_!*'%/?#]+$/.test(value)
}
