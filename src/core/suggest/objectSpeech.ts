import type { DocContext } from './DocContext'
import type { MentionAt } from './MentionAt'
import type { ReportedSpeech } from './ReportedSpeech'
import type { SpeakerPhrase } from './SpeakerPhrase'
import { isAdverb } from './isAdverb'
import { contentEnd } from './contentEnd'
import { isSpeechVerb } from './isSpeechVerb'
import { ATTITUDE_PARTICLES, ATTITUDE_VERBS, PARTICLE_ONLY } from './lexicon/attitudeVerbs'
import { TIME_WORDS } from './lexicon/adjunctWords'
import { ROLE_NOUNS } from './lexicon/roleNouns'
import { SPEAKER_NOUNS } from './lexicon/speakerNouns'
import { verbSubject } from './verbSubject'

const INFINITIVE_ONLY = new Set(['plan', 'intend', 'decline', 'refuse', 'seek', 'threaten', 'vow'])
const NOUN_LIKE = new Set(['plans', 'promises', 'questions', 'states', 'views', 'shows', 'calls', 'supports', 'attacks', 'backs', 'hopes', 'fears', 'offers', 'demands', 'talks', 'votes', 'points', 'comments', 'requests', 'pledges', 'vows', 'threats', 'estimates', 'reports', 'finds', 'sides', 'labels', 'records', 'concerns', 'cites', 'reveals'])
const NAMING = new Set(['call', 'label', 'dub', 'describe'])
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'gets', 'got', 'gotten'])
/** After these the verb is a noun ("the support", "his views") or an adjective ("a backed bill"). */
const NOT_VERB_BEFORE = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those', 'of', 'for', 'with', 'no', 'any', 'some', 'such', 'public', 'strong', 'widespread', 'broad', 'growing'])
/** Words that cannot open the object of an attitude: "saw fit", "found itself", "called it quits". */
const NOT_OBJECT = new Set(['it', 'itself', 'himself', 'herself', 'themselves', 'fit', 'up', 'down', 'off', 'out', 'back', 'away', 'over', 'around', 'through', 'into', 'in', 'at', 'by', 'as', 'so', 'too', 'very', 'more', 'less', 'that', 'when', 'if', 'and', 'but', 'or'])

/**
 * A stance, wish or judgement with its object, the content running to the end of the clause:
 * "Sanders endorsed Clinton on Tuesday", "she praised the deal as historic", "they want a
 * recount", "a new poll shows Trump ahead", "he talked about the wall". The subject must be a
 * person, an organisation, a pronoun or a description of speakers ("critics", "a new poll");
 * passives ("was criticized for") are left out, since their subject is the target.
 */
export function objectSpeech(ctx: DocContext, v: number, last: number, inQuote: Uint8Array, mentionAt: MentionAt): ReportedSpeech | null {
  const { tokens } = ctx
  const t = tokens[v]
  const lemma = ATTITUDE_VERBS.get(t.lower)
  if (!lemma || t.cap) return null
  let b = v - 1
  while (b >= 0 && tokens[b].kind === 'word' && !tokens[b].cap && isAdverb(tokens[b].lower) && !BE.has(tokens[b].lower)) b--
  const before = tokens[b]
  if (before && (before.kind === 'poss' || NOT_VERB_BEFORE.has(before.lower) || BE.has(before.lower))) return null
  let c = v + 1
  while (c <= last && tokens[c].kind === 'word' && !tokens[c].cap && isAdverb(tokens[c].lower) && !/^(not|never)$/.test(tokens[c].lower)) c++
  if (c > last) return null
  const particles = ATTITUDE_PARTICLES.get(lemma)
  // "called it a great meeting", "called the ruling arbitrary": naming a thing is a stance too.
  const naming = NAMING.has(lemma) && !particles?.includes(tokens[c].lower) && (tokens[c].cap || /^(it|him|her|them|the|this|that|his|their|its)$/.test(tokens[c].lower))
  if (particles?.includes(tokens[c].lower)) c++
  else if (PARTICLE_ONLY.has(lemma) && !naming) return null
  if (c > last) return null
  const start = tokens[c]
  if (start.kind !== 'word' || (NOT_OBJECT.has(start.lower) && !naming) || TIME_WORDS.has(start.lower)) return null
  // Plans, wishes and refusals take an infinitive: "plans to", "declined to" ("Trump plans" alone is a noun phrase).
  if (INFINITIVE_ONLY.has(lemma) && start.lower !== 'to') return null
  const subject = verbSubject(ctx, v, inQuote, mentionAt)
  if (!subject || !stanceHolder(ctx, subject)) return null
  // A plural subject with an -s verb does not agree: "Premiums plans" is a noun phrase.
  if (/[^s]s$/.test(t.lower) && NOUN_LIKE.has(t.lower) && subject.kind === 'nominal' && /s$/.test(subject.head ?? '') && !/ss$/.test(subject.head ?? '')) return null
  const e = contentEnd(ctx, c, last)
  // "calling them “unjustified”": the quoted words are the quote (a partial one), not the naming.
  if (NAMING.has(lemma)) for (let i = c; i < e; i++) if (tokens[i].kind === 'quote') return null
  return { s: c, e, attribution: { phrase: subject, cue: v, strength: 0.55 }, thought: !isSpeechVerb(t), minWords: subject.kind === 'nominal' ? 3 : 1 }
}

/** Someone who can hold a view: a person or organisation, a pronoun, a role or a source of views. */
function stanceHolder(ctx: DocContext, phrase: SpeakerPhrase): boolean {
  if (phrase.kind === 'pronoun') return ctx.tokens[phrase.s].lower !== 'it'
  if (phrase.kind === 'name') return !!phrase.mention && phrase.mention.type !== 'place'
  const head = phrase.head ?? ''
  return ROLE_NOUNS.has(head) || SPEAKER_NOUNS.has(head) || ROLE_NOUNS.has(head.replace(/s$/, ''))
}
