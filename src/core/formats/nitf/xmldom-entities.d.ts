/** xmldom's table of the HTML named character references (`nbsp` → U+00A0); the package types omit it. */
declare module '@xmldom/xmldom/lib/entities.js' {
  export const HTML_ENTITIES: Readonly<Record<string, string>>
}
