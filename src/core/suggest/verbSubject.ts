import type { DocContext } from './DocContext'
import type { MentionAt } from './MentionAt'
import { isSpeechVerb } from './isSpeechVerb'
import { readSpeakerPhrase } from './readSpeakerPhrase'
import { sentenceSubject } from './sentenceSubject'
import type { SpeakerPhrase } from './SpeakerPhrase'
import { subjectBefore } from './subjectBefore'

/**
 * Who does the speaking verb at v: the phrase before it, or for a participle ("…, adding that")
 * and a coordinated verb ("… and said") the speaker of the clause before — the subject of the
 * previous speech verb in the sentence (even one after a quote: "“…,” he said, adding that"),
 * else the sentence's subject.
 */
export function verbSubject(ctx: DocContext, v: number, inQuote: Uint8Array, mentionAt: MentionAt, depth = 0): SpeakerPhrase | null {
  const { tokens } = ctx
  const prev = tokens[v - 1]
  const participle = /ing$/.test(tokens[v].lower) && (prev?.text === ',' || prev?.kind === 'quote' || /^(by|in|while|after|before|when|also|without|as)$/.test(prev?.lower ?? ''))
  const coordinated = prev?.lower === 'and' || prev?.lower === 'but'
  // An infinitive takes the subject of the verb it depends on: "Sanders declined to say", "…,
  // refusing to concede that".
  if (prev?.lower === 'to' && depth < 2) {
    let g = v - 2
    while (g > 0 && tokens[g].kind === 'word' && !tokens[g].cap && /^(not|never|also|still|yet|just|on)$/.test(tokens[g].lower)) g--
    const gov = tokens[g]
    // "Trump was quick to add that …", "she is careful to note that …": an adjective after "be".
    const be = tokens[g - 1]
    if (gov?.kind === 'word' && !gov.cap && be?.kind === 'word' && /^(is|was|are|were|been|be)$/.test(be.lower) && !/(?:ed|ing)$/.test(gov.lower)) {
      return subjectBefore(ctx, g - 1, mentionAt)
    }
    if (gov?.kind === 'word' && !gov.cap && /(?:ed|ing|s|e|t)$/.test(gov.lower) && !/^(going|able|about|is|are|was|were|has|have|had)$/.test(gov.lower)) {
      return verbSubject(ctx, g, inQuote, mentionAt, depth + 1)
    }
  }
  if (!participle && !coordinated) return subjectBefore(ctx, v, mentionAt)
  const sent = tokens[v].sent
  for (let k = v - 2; k >= 0 && tokens[k].sent === sent; k--) {
    if (inQuote[k] || !isSpeechVerb(tokens[k])) continue
    // "defended his call to …": a noun after a possessive or determiner is no verb.
    if (tokens[k - 1] && (tokens[k - 1].kind === 'poss' || /^(a|an|the|his|her|their|its|our|my|this|that)$/.test(tokens[k - 1].lower))) continue
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
