import type { Attribution } from './Attribution'
import type { DocContext } from './DocContext'
import type { MentionAt } from './MentionAt'
import { PRONOUNS } from './lexicon/pronouns'

/** The first name or pronoun of the sentence before token v, as the clause's subject. */
export function sentenceSubject(ctx: DocContext, v: number, mentionAt: MentionAt): Attribution['phrase'] {
  const { tokens } = ctx
  const sent = tokens[v].sent
  let s = v
  while (s > 0 && tokens[s - 1].sent === sent && tokens[s - 1].kind !== 'break') s--
  for (let i = s; i < v; i++) {
    const t = tokens[i]
    if (t.kind === 'quote') return null
    const m = mentionAt(i)
    if (m && (m.type === 'person' || m.type === 'organization')) {
      const next = tokens[m.e]
      if (next?.kind === 'poss') continue
      return { s: m.s, e: m.e, kind: 'name', mention: m }
    }
    if (t.kind === 'word' && PRONOUNS.has(t.lower) && t.lower !== 'it') return { s: i, e: i + 1, kind: 'pronoun' }
  }
  return null
}
