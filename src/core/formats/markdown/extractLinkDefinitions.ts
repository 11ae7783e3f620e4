import { normalizeLabel } from './normalizeLabel'

const DEFINITION = /^ {0,3}\[([^\]]{1,999})\]:[ \t]*(?:<([^<>\n]*)>|(\S+))(?:[ \t]+(?:"[^"]*"|'[^']*'|\([^)]*\)))?[ \t]*$/

/**
 * Takes reference-link definitions (`[label]: https://…`) out of Markdown lines and returns
 * them by normalised label, so `[text][label]` links resolve and the definitions themselves
 * do not show up as paragraphs. Only lines that start a paragraph count, as in CommonMark.
 */
export function extractLinkDefinitions(lines: string[]): { lines: string[]; refs: Map<string, string> } {
  const refs = new Map<string, string>()
  const kept: string[] = []
  let paragraphStart = true
  for (const line of lines) {
    const m = paragraphStart ? DEFINITION.exec(line) : null
    if (m) {
      const label = normalizeLabel(m[1]!)
      if (!refs.has(label)) refs.set(label, (m[2] ?? m[3]!).replace(/\\([!-/:-@[-`{-~])/g, '$1'))
      continue
    }
    kept.push(line)
    paragraphStart = line.trim() === '' || /^ {0,3}(?:#|>|[-+*] |\d{1,9}[.)] )/.test(line)
  }
  return { lines: kept, refs }
}
