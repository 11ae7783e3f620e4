import type { XmpProperties, XmpValue } from './parseXmp'

/** Namespaces of the IPTC Photo Metadata properties Copydesk reads. */
export const NS = {
  dc: 'http://purl.org/dc/elements/1.1/',
  photoshop: 'http://ns.adobe.com/photoshop/1.0/',
  xmpRights: 'http://ns.adobe.com/xap/1.0/rights/',
  xmp: 'http://ns.adobe.com/xap/1.0/',
  xmpNote: 'http://ns.adobe.com/xmp/note/',
  exif: 'http://ns.adobe.com/exif/1.0/',
  plus: 'http://ns.useplus.org/ldf/xmp/1.0/',
  Iptc4xmpCore: 'http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/',
  Iptc4xmpExt: 'http://iptc.org/std/Iptc4xmpExt/2008-02-29/'
} as const

/** Expanded name of a property written `prefix:Name`, e.g. xmpName('dc:creator'). */
export function xmpName(qualified: `${keyof typeof NS}:${string}`): string {
  const [prefix, local] = qualified.split(':') as [keyof typeof NS, string]
  return NS[prefix] + local
}

/** Text of a simple value, or of a language alternative (x-default, else the first). */
export function textOf(value: XmpValue | undefined): string | undefined {
  if (!value) return undefined
  if (value.kind === 'text') return value.text
  if (value.kind === 'alt') {
    const chosen = value.items.find((i) => i.lang?.toLowerCase() === 'x-default') ?? value.items[0]
    return textOf(chosen?.value)
  }
  return undefined
}

/** The texts of an array value (a lone text counts as a one-item array). */
export function listOf(value: XmpValue | undefined): string[] {
  if (!value) return []
  if (value.kind === 'array') return value.items.map(textOf).filter((t): t is string => t !== undefined)
  const text = textOf(value)
  return text === undefined ? [] : [text]
}

/** One field of each structure in an array of structures (plus:Licensor[].LicensorName). */
export function fieldOfEach(value: XmpValue | undefined, field: string): string[] {
  if (!value) return []
  const structs = value.kind === 'array' ? value.items : [value]
  return structs.flatMap((s) => {
    const text = s.kind === 'struct' ? textOf(s.fields.get(field)) : undefined
    return text === undefined ? [] : [text]
  })
}

export const get = (properties: XmpProperties | undefined, qualified: `${keyof typeof NS}:${string}`): XmpValue | undefined =>
  properties?.get(xmpName(qualified))
