/** True for a value XML Schema accepts as xs:language (the BCP 47 shape): `en`, `en-GB`, `sr-Latn-RS`. */
export function isLanguageTag(value: string | undefined): value is string {
  return typeof value === 'string' && /^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$/.test(value)
}
