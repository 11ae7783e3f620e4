import type { DocContext } from './DocContext'
import type { MentionAt } from './MentionAt'
import { isSpeechVerb } from './isSpeechVerb'
import { readSpeakerPhrase } from './readSpeakerPhrase'
import { sentenceSubject } from './sentenceSubject'
import { subjectBefore } from './subjectBefore'

/**
 * Who does the speaking verb at v: the phrase before it, or for a participle ("…, adding that")
 * and a coordinated verb ("… and said") the speaker of the clause before — the subject of the
 * previous speech verb in the sentence (even one after a quote: "“…,” he said, adding that"),
 * else the sentence's subject.
 */
export function verbSubject(ctx: DocContext, v: number, inQuote: Uint8Array, mentionAt: MentionAt) {
  const { tokens } = ctx
  const prev = tokens[v - 1]
  const participle = /ing$/.test(tokens[v].lower) && (prev?.text === ',' || prev?.kind === 'quote' || /^(by|in|while|after|before|when|also|without)$/.test(prev?.lower ?? ''))
  const coordinated = prev?.lower === 'and' || prev?.lower === 'but'
  if (!participle && !coordinated) return subjectBefore(ctx, v, mentionAt)
  const sent = tokens[v].sent
  for (let k = v - 2; k >= 0 && tokens[k].sent === sent; k--) {
    if (inQuote[k] || !isSpeechVerb(tokens[k])) continue
    const inverted = tokens[k - 1]?.text === ',' && tokens[k - 1 - 1]?.kind === 'quote'
    const subject = subjectBefore(ctx, k, mentionAt)
    if (subject && !inverted) return subject
    if (inverted || !subject) {
      let e = k + 1
      while (e < v && tokens[e].kind === 'word') e++
      const after = readSpeakerPhrase(ctx, k + 1, e, mentionAt)
      if (after) return after
    }
    break
  }
  return sentenceSubject(ctx, v, mentionAt)
}
