import { escapeXml } from './escapeXml'

/** ` name="value"` for each pair with a value (undefined values are left out), escaped, in the order given. */
export function xmlAttrs(pairs: Array<[string, string | undefined]>): string {
  return pairs
    .filter((p): p is [string, string] => p[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(value, true)}"`)
    .join('')
}
