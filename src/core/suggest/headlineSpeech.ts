import type { DocContext } from './DocContext'
import type { MentionAt } from './MentionAt'
import type { ReportedSpeech } from './ReportedSpeech'
import type { Sentence } from './segmentSentences'
import type { SpeakerPhrase } from './SpeakerPhrase'
import { ATTITUDE_PARTICLES, ATTITUDE_VERBS } from './lexicon/attitudeVerbs'
import { COMMON_WORDS } from './lexicon/commonWords'
import { SPEECH_VERBS, THOUGHT_VERBS } from './lexicon/speechVerbs'

const MAX_SPEAKER = 6
const RUBRICS = new Set(['look', 'watch', 'breaking', 'exclusive', 'update', 'updated', 'analysis', 'opinion', 'video', 'photos', 'listen', 'live', 'revealed', 'report', 'poll', 'editorial', 'review', 'interview', 'explainer', 'factbox', 'timeline', 'correction', 'abstract', 'summary'])
const QUESTION_WORDS = new Set(['why', 'how', 'what', 'when', 'where', 'who', 'which', 'is', 'are', 'was', 'were', 'do', 'does', 'did', 'can', 'will', 'should', 'would', 'could', 'as', 'if', 'in', 'on', 'at', 'for', 'from', 'after', 'before', 'the', 'a', 'an', 'these', 'this', 'there', 'here'])

/**
 * Headline attributions, in a headline-style line (most words capitalised, no final stop):
 * `Rubio: I Still Believe …` (a name, a colon, what the person says) and `Hillary Clinton Says
 * EgyptAir Crash …` / `Pence Endorses Paul Ryan` (a name and a capitalised verb of saying or
 * stance). The content runs to the end of the headline, or to a second verb joined by "And".
 */
export function headlineSpeech(ctx: DocContext, sentence: Sentence, last: number, mentionAt: MentionAt): ReportedSpeech[] {
  const { tokens } = ctx
  const first = sentence.first
  if (tokens[first].kind !== 'word' || QUESTION_WORDS.has(tokens[first].lower)) return []
  for (let k = first + 1; k <= Math.min(last - 1, first + MAX_SPEAKER); k++) {
    const t = tokens[k]
    if (t.text === ':') {
      const phrase = headlineSpeaker(ctx, first, k, mentionAt)
      if (!phrase || k + 1 > last) return []
      return [{ s: k + 1, e: last + 1, attribution: { phrase, cue: -1, strength: 0.6 }, thought: false, minWords: 2 }]
    }
    if (t.kind !== 'word' || !t.cap) {
      if (t.kind !== 'poss' && !(t.text === '.' && tokens[k - 1].text.length <= 3)) return []
      continue
    }
    const lower = t.lower
    const lemma = SPEECH_VERBS.get(lower) ?? ATTITUDE_VERBS.get(lower) ?? THOUGHT_VERBS.get(lower)
    // Only finite verbs: "Says", "Backs", "Slams", "Vowed"; not "Call" or "Support" (nouns too).
    if (!lemma || lemma === lower || /ing$/.test(lower)) continue
    const phrase = headlineSpeaker(ctx, first, k, mentionAt)
    if (!phrase) return []
    const out: ReportedSpeech[] = []
    let v = k
    while (v >= 0) {
      let c = v + 1
      const particles = ATTITUDE_PARTICLES.get(SPEECH_VERBS.get(tokens[v].lower) ?? ATTITUDE_VERBS.get(tokens[v].lower) ?? '')
      if (particles?.includes(tokens[c]?.lower)) c++
      let e = c
      let next = -1
      for (; e <= last; e++) {
        const x = tokens[e]
        if (x.lower === 'and' && tokens[e + 1]?.cap && (SPEECH_VERBS.has(tokens[e + 1].lower) || ATTITUDE_VERBS.has(tokens[e + 1].lower))) {
          next = e + 1
          break
        }
      }
      if (e > c) out.push({ s: c, e, attribution: { phrase, cue: v, strength: 0.6 }, thought: false, minWords: 1 })
      v = next
    }
    return out
  }
  return []
}

/** The speaker at the start of a headline, tokens [s, e): a name or a short description. */
function headlineSpeaker(ctx: DocContext, s: number, e: number, mentionAt: MentionAt): SpeakerPhrase | null {
  const { tokens } = ctx
  if (e - s > MAX_SPEAKER) return null
  let name: ReturnType<MentionAt>
  for (let i = e - 1; i >= s && !name; i--) {
    const m = mentionAt(i)
    if (m && m.e === e && (m.type === 'person' || m.type === 'organization' || m.type === 'other')) name = m
  }
  if (name) return { s, e, kind: name.s === s ? 'name' : 'nominal', head: tokens[e - 1].lower, mention: name }
  // "LOOK: …", "WATCH: …", "BREAKING: …": a rubric, not a speaker.
  if (e - s === 1 && (COMMON_WORDS.has(tokens[s].lower) || RUBRICS.has(tokens[s].lower))) return null
  // Words only, capitalised: "HUFFPOLLSTER", "Long-Time Leaders of Conservative Movement" is too long.
  for (let i = s; i < e; i++) if (tokens[i].kind !== 'word' && tokens[i].kind !== 'poss') return null
  return { s, e, kind: 'nominal', head: tokens[e - 1].lower }
}
