/** Closing quotation marks and brackets, which sit after a sentence's final punctuation. */
const CLOSERS = new Set(['"', "'", '”', '’', '»', '›', '」', '』', ')', ']'])

/**
 * The character a line really ends on: trailing closing quotes and brackets are looked
 * through, so `…, we welcome it.”` ends on '.', while `Kremlin: “Russia has clearly supported
 * Iran”` ends on 'n' (a subhead that quotes, not a sentence).
 */
export function finalPunctuation(line: string): string {
  const chars = [...line.trimEnd()]
  let i = chars.length - 1
  while (i > 0 && CLOSERS.has(chars[i]!)) i--
  return chars[i] ?? ''
}
