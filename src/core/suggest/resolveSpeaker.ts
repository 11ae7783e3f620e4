import type { DocContext } from './DocContext'
import type { Mention } from './Mention'
import type { SpeakerPhrase } from './SpeakerPhrase'
import type { Referent } from './Referent'
import type { ResolvedSpeaker } from './ResolvedSpeaker'
import { FEMALE_WORDS } from './lexicon/femaleWords'
import { MALE_WORDS } from './lexicon/maleWords'
import { ROLE_NOUNS } from './lexicon/roleNouns'

const MAX_DISTANCE_PARAS = 4

/**
 * The person a speaker phrase stands for. A name resolves to its canonical form ("Peskov" →
 * "Dmitry Peskov"); "he"/"she" to the last compatible person referred to outside quotation marks
 * (skipping possessive modifiers such as "Trump’s"); a role description ("the Kremlin
 * spokesman") to the last person who carried that role, else the last compatible person; any
 * other description (an organisation, "officials") stays as written. `referents` are lists
 * sorted by position (named mentions, resolved speakers), merged here. `learned` collects the
 * genders that resolved pronouns reveal ("He added" → Henrik Dahl is a man) across calls.
 */
export function resolveSpeaker(ctx: DocContext, phrase: SpeakerPhrase, referents: Referent[][], learned: Map<string, 'm' | 'f'>): ResolvedSpeaker {
  const { tokens, text } = ctx
  const written = text.slice(tokens[phrase.s].start, tokens[phrase.e - 1].end)
  if (phrase.kind === 'name' && phrase.mention) return fromMention(phrase.mention)
  const before = referents.flatMap((list) => referentsBefore(ctx, list, phrase.s)).sort((a, b) => a.pos - b.pos)
  if (phrase.kind === 'pronoun') {
    const p = tokens[phrase.s].lower
    if (p === 'who') {
      // "…, who noted that": the name the relative clause hangs on.
      for (let i = before.length - 1; i >= 0; i--) {
        if (phrase.s - before[i].pos <= 12) return { name: before[i].name, entityId: before[i].entityId, certainty: 0.7 }
      }
      return { name: written, certainty: 0.2 }
    }
    const possessive = p === 'his' || p === 'her'
    if (p !== 'he' && p !== 'she' && !possessive) return { name: written, certainty: 0.3 }
    const want = p === 'she' || p === 'her' ? 'f' : 'm'
    for (let i = before.length - 1; i >= 0; i--) {
      const r = before[i]
      const gender = r.gender ?? learned.get(r.name)
      if (r.modifier || (gender && gender !== want)) continue
      // What "he" or "she" resolved to tells that person's gender for later pronouns.
      learned.set(r.name, want)
      return { name: r.name, entityId: r.entityId, certainty: 0.75 }
    }
    return { name: written, certainty: 0.2 }
  }
  const head = phrase.head ?? ''
  // Only a definite description refers back ("the spokesman"); "a teacher" is someone new.
  const definite = /^(the|this|that)$/.test(tokens[phrase.s].lower)
  if (ROLE_NOUNS.has(head) && definite) {
    const want = FEMALE_WORDS.has(head) ? 'f' : MALE_WORDS.has(head) ? 'm' : null
    for (let i = before.length - 1; i >= 0; i--) {
      if (before[i].role === head) return { name: before[i].name, entityId: before[i].entityId, certainty: 0.8 }
    }
    const plural = /s$/.test(head) && !/ss$/.test(head)
    if (!plural) {
      for (let i = before.length - 1; i >= 0; i--) {
        const r = before[i]
        const gender = r.gender ?? learned.get(r.name)
        if (r.modifier || (want && gender && gender !== want)) continue
        return { name: r.name, entityId: r.entityId, certainty: 0.55 }
      }
    }
  }
  if (phrase.mention && phrase.mention.type !== 'person') return { ...fromMention(phrase.mention), certainty: 0.5 }
  return { name: written.replace(/^(the|a|an)\s+/i, ''), certainty: 0.4 }
}

function fromMention(m: Mention): ResolvedSpeaker {
  return { name: m.canonical ?? m.text, entityId: m.entityId, certainty: 0.9 }
}

/** The referents before token `pos` and at most MAX_DISTANCE_PARAS paragraphs back (binary search). */
function referentsBefore(ctx: DocContext, referents: Referent[], pos: number): Referent[] {
  let lo = 0
  let hi = referents.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (referents[mid].pos < pos) lo = mid + 1
    else hi = mid
  }
  const para = ctx.tokens[pos].para
  let from = lo
  while (from > 0 && para - ctx.tokens[referents[from - 1].pos].para <= MAX_DISTANCE_PARAS) from--
  return referents.slice(from, lo)
}
