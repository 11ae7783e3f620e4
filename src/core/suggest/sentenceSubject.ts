import type { Attribution } from './Attribution'
import type { DocContext } from './DocContext'
import type { MentionAt } from './MentionAt'
import { PRONOUNS } from './lexicon/pronouns'
import { ROLE_NOUNS } from './lexicon/roleNouns'
import { SPEAKER_NOUNS } from './lexicon/speakerNouns'

const GOVERNING = new Set(['like', 'unlike', 'of', 'for', 'with', 'about', 'against', 'to', 'from', 'by', 'than', 'at', 'in', 'on'])

/** The first name or pronoun of the sentence before token v, as the clause's subject. */
export function sentenceSubject(ctx: DocContext, v: number, mentionAt: MentionAt): Attribution['phrase'] {
  const { tokens } = ctx
  const sent = tokens[v].sent
  let s = v
  while (s > 0 && tokens[s - 1].sent === sent && tokens[s - 1].kind !== 'break') s--
  // A dateline before the sentence proper: "PARIS, Aug 31 (Reuters) - France's …".
  for (let k = s; k < Math.min(v - 1, s + 12); k++) {
    if (tokens[k].text === ')' && /^[-—–]$/.test(tokens[k + 1]?.text ?? '')) {
      s = k + 2
      break
    }
  }
  // "His campaign sued the DNC …, seeking …": a description opening the sentence before its verb.
  if (tokens[s]?.kind === 'word' && /^(the|a|an|his|her|their|its|our)$/.test(tokens[s].lower)) {
    for (let k = s + 1; k < Math.min(v, s + 6); k++) {
      const t = tokens[k]
      if (t.kind !== 'word' && t.kind !== 'poss') break
      if (mentionAt(k)) break
      if (!t.cap && k > s + 1 && (/ed$/.test(t.lower) || /^(has|have|had|is|are|was|were|will|would)$/.test(t.lower))) {
        const head = tokens[k - 1]
        if (head.kind === 'word' && (ROLE_NOUNS.has(head.lower) || SPEAKER_NOUNS.has(head.lower) || ROLE_NOUNS.has(head.lower.replace(/s$/, '')))) {
          return { s, e: k, kind: 'nominal', head: head.lower }
        }
        break
      }
    }
  }
  for (let i = s; i < v; i++) {
    const t = tokens[i]
    if (t.kind === 'quote') return null
    const m = mentionAt(i)
    // A name opening the sentence is its subject even when its type is unknown ("Fiorina was …").
    if (m && (m.type === 'person' || m.type === 'organization' || (m.s === s && m.type !== 'place'))) {
      const next = tokens[m.e]
      if (next?.kind === 'poss') continue
      // "Like Trump, they have …", "Unlike Clinton, he …": a name governed by a preposition.
      if (GOVERNING.has(tokens[m.s - 1]?.lower ?? '')) {
        i = m.e - 1
        continue
      }
      return { s: m.s, e: m.e, kind: 'name', mention: m }
    }
    if (t.kind === 'word' && PRONOUNS.has(t.lower) && t.lower !== 'it') return { s: i, e: i + 1, kind: 'pronoun' }
  }
  return null
}
