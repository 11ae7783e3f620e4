import { finalPunctuation } from './finalPunctuation'

/** Hard-wrapped text keeps its lines under this; paragraph-per-line text has longer ones. */
const WRAP_WIDTH = 100
const SENTENCE_END = '.!?…:;'

/**
 * Splits the body lines of a plain-text article into paragraphs. Two conventions exist:
 * one paragraph per line (wire copy like the seed sample, blank lines optional), and
 * hard-wrapped paragraphs separated by blank lines (e-mail, older tools). The text is taken as
 * hard-wrapped when it has blank-line-separated blocks, nearly all lines fit a wrap width,
 * and most lines inside blocks stop mid-sentence; then a block's lines are joined with a space.
 * Otherwise every non-blank line is its own paragraph.
 */
export function splitParagraphs(lines: string[]): string[] {
  const blocks: string[][] = [[]]
  for (const line of lines) {
    if (line.trim() === '') {
      if (blocks[blocks.length - 1]!.length) blocks.push([])
    } else blocks[blocks.length - 1]!.push(line.trim())
  }
  const filled = blocks.filter((b) => b.length > 0)
  const inner = filled.flatMap((b) => b.slice(0, -1))
  const all = filled.flat()
  const long = all.filter((l) => l.length > WRAP_WIDTH).length
  const midSentence = inner.filter((l) => !SENTENCE_END.includes(finalPunctuation(l))).length
  const wrapped = filled.length >= 2 && inner.length > 0 && long <= all.length * 0.1 && midSentence >= inner.length * 0.5
  return wrapped ? filled.map((b) => b.join(' ')) : all
}
