import type { DocContext } from './DocContext'
import { segmentSentences } from './segmentSentences'
import { tokenize } from './tokenize'

/** Tokenizes and segments a text once for every rule. */
export function buildContext(text: string): DocContext {
  const tokens = tokenize(text)
  const sentences = segmentSentences(tokens)
  const lowerWords = new Set<string>()
  const paraWords: number[] = []
  const paraCaps: number[] = []
  const paraLast: string[] = []
  for (const t of tokens) {
    if (t.kind === 'break') continue
    paraLast[t.para] = t.text
    if (t.kind !== 'word') continue
    if (!t.cap) lowerWords.add(t.lower)
    if (t.text.length > 3) {
      paraWords[t.para] = (paraWords[t.para] ?? 0) + 1
      if (t.cap) paraCaps[t.para] = (paraCaps[t.para] ?? 0) + 1
    }
  }
  const titleParas = new Set<number>()
  for (let p = 0; p < paraWords.length; p++) {
    const words = paraWords[p] ?? 0
    if (words >= 2 && (paraCaps[p] ?? 0) / words >= 0.6 && !/[.!?]$/.test(paraLast[p] ?? '')) titleParas.add(p)
  }
  const metaParas = new Set<number>()
  let para = 0
  for (const line of text.split('\n')) {
    if (!line.trim()) continue
    if (/^\s*[\p{L}][\p{L}\p{N} _-]{0,40}::/u.test(line)) metaParas.add(para)
    para++
  }
  return { text, tokens, sentences, lowerWords, titleParas, metaParas }
}
