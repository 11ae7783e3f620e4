import type { Attribution } from './Attribution'
import type { DocContext } from './DocContext'
import type { QuoteSpan } from './QuoteSpan'
import { isAbbreviationPeriod } from './isAbbreviationPeriod'
import { isAdverb } from './isAdverb'
import { isSpeechVerb } from './isSpeechVerb'
import { THOUGHT_VERBS } from './lexicon/speechVerbs'
import type { MentionAt } from './MentionAt'
import { PRONOUNS } from './lexicon/pronouns'
import { readInvertedSpeaker } from './readInvertedSpeaker'
import { readSpeakerPhrase } from './readSpeakerPhrase'
import { sentenceSubject } from './sentenceSubject'
import { subjectBefore } from './subjectBefore'
import { verbSubject } from './verbSubject'

/** Forms of saying that are never nouns. */
const VERB_ONLY = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'wrote', 'explained', 'explains', 'stated', 'noted', 'declared', 'insisted', 'argued', 'argues', 'stressed'])
const LOOK_AFTER = 32
/** Past-tense and present forms of a verb of saying (not participles in -ing). */
const SPEECH_VERB_FINITE = /(?:ed|said|says|told|tells|wrote|writes|[^s]s)$/
const LOOK_BEFORE = 10
const NOT_SUBJECT = new Set(['to', 'of', 'in', 'on', 'at', 'for', 'with', 'via', 'from', 'by', 'and', 'or', 'about', 'than', 'as', 'into', 'over'])

/**
 * Finds who a quotation-marked span is attributed to, trying in order:
 * 1. after the quote: `“…,” Peskov said` / `“…,” said Ambassador Mohib` / `“…,” the Kremlin
 *    spokesman said, stressing …` (also across an apposition: `Bozell, founder of …, says`);
 * 2. before it: `Dmitry Peskov said: “…”` / `He said, “…”` / `according to X: “…”`;
 * 3. a colon after a clause: `Peskov denied this information: “…”` → the clause's subject;
 *    a headline `Kremlin: “…”` → the name before the colon;
 * 4. a speech verb earlier in the same sentence (a partial quote: `calling them “unjustified”`).
 * Returns null when nothing in the sentence attributes the quote.
 */
export function attributeQuote(ctx: DocContext, span: QuoteSpan, inQuote: Uint8Array, mentionAt: MentionAt): Attribution | null {
  return after(ctx, span, mentionAt) ?? before(ctx, span, inQuote, mentionAt) ?? colon(ctx, span.open, mentionAt) ??
    inSentence(ctx, span, mentionAt) ?? lead(ctx, span, inQuote, mentionAt)
}

/**
 * A sentence that only announces speech, right before the quote: "Sam Lau, the party's
 * spokesman, said in a statement. “There are no …”" — its speaker says the quote.
 */
function lead(ctx: DocContext, span: QuoteSpan, inQuote: Uint8Array, mentionAt: MentionAt): Attribution | null {
  const { tokens } = ctx
  let k = span.open - 1
  if (k < 0 || tokens[k].kind === 'break' || !/^[.:]$/.test(tokens[k].text)) return null
  k--
  // Back over "in a statement", "on Tuesday", "to CNN" to the speech verb: the leftmost one in
  // the last few words that is not a noun ("in a blog post", "in a Friday tweet").
  let cue = -1
  // A quoted sentence of its own ("… said in a statement. “There are no …”"), not a phrase.
  let words = 0
  let firstWord: (typeof tokens)[number] | undefined
  for (let i = span.open; i <= span.close; i++) {
    if (tokens[i].kind !== 'word') continue
    words++
    firstWord ??= tokens[i]
  }
  const sentenceQuote = words > 4 && !!firstWord?.cap
  for (let v = k; v >= 0 && k - v < 12; v--) {
    const t = tokens[v]
    if (t.kind === 'quote' && cue >= 0) break
    if (t.kind !== 'word' && t.kind !== 'poss' && !isAbbreviationPeriod(tokens, v) && !(t.text === ',' && tokens[v - 1]?.kind === 'quote')) break
    if (!isSpeechVerb(t) || t.lower === 'according') continue
    const prev = tokens[v - 1]
    // "in a Friday tweet" is a noun after a capitalised word; "the Party said" is still a verb.
    if (prev && (prev.kind === 'poss' || (prev.kind === 'word' && prev.cap && !(VERB_ONLY.has(t.lower) && sentenceQuote)) || /^(a|an|the|his|her|their|its|blog|press|news)$/.test(prev.lower))) continue
    cue = v
  }
  if (cue < 0) return null
  // “…,” said RNC spokesman Sean Spicer in a Friday tweet. “…”: an inverted speaker after the verb.
  const prev = tokens[cue - 1]
  if (prev && (prev.kind === 'quote' || (prev.text === ',' && tokens[cue - 2]?.kind === 'quote'))) {
    const phrase = readInvertedSpeaker(ctx, cue + 1, k + 1, mentionAt)
    return phrase ? { phrase, cue, strength: 0.7 } : null
  }
  const subject = verbSubject(ctx, cue, inQuote, mentionAt)
  return subject ? { phrase: subject, cue, strength: 0.7 } : null
}

function after(ctx: DocContext, span: QuoteSpan, mentionAt: MentionAt): Attribution | null {
  const { tokens } = ctx
  if (!span.closed) return null
  // “… arbitrary.” Josh Hendler, a strategist, said …: a new sentence speaks for itself.
  const closing = tokens[span.close - 1]
  if (closing?.text === '.' && tokens[span.close + 1] && tokens[span.close + 1].sent !== tokens[span.close].sent) return null
  let j = span.close + 1
  if (tokens[j]?.text === ',') j++
  const limit = Math.min(tokens.length, j + LOOK_AFTER)
  for (let k = j; k < limit; k++) {
    const t = tokens[k]
    if (t.kind === 'break' || t.kind === 'quote' || (t.kind === 'punct' && /[.!?;:]/.test(t.text) && k > j && !isAbbreviationPeriod(tokens, k))) break
    if (!isSpeechVerb(t) || t.lower === 'according') continue
    if (k === j || (k === j + 1 && tokens[j].kind === 'word' && !tokens[j].cap && isAdverb(tokens[j].lower))) {
      // Inverted: “…,” said Ambassador Mohib. / “…,” added KCNA.
      const phrase = readInvertedSpeaker(ctx, k + 1, limit, mentionAt)
      return phrase ? { phrase, cue: k, strength: 0.9 } : null
    }
    const phrase = readSpeakerPhrase(ctx, j, k, mentionAt)
    if (phrase) return { phrase, cue: k, strength: 0.92 }
    return null
  }
  // “…?” Hannity pressed. / “…,” she snapped. / “…,” mused Stu Burguiere. — any past-tense or
  // present verb right next to a name or pronoun after the quote, when the quote ends the way
  // quoted speech does.
  const lastInside = tokens[span.close - 1]
  if (lastInside && /^[,?!—–]$/.test(lastInside.text)) {
    const verbFirst = tokens[j]
    const named = mentionAt(j + 1)
    if (verbFirst?.kind === 'word' && !verbFirst.cap && /ed$/.test(verbFirst.lower) && named && named.s === j + 1 && named.type === 'person') {
      return { phrase: { s: named.s, e: named.e, kind: 'name', mention: named }, cue: j, strength: 0.7 }
    }
    const m = mentionAt(j)
    const end = m && m.s === j ? m.e : tokens[j]?.kind === 'word' && /^(he|she|they)$/.test(tokens[j].lower) ? j + 1 : -1
    const verb = tokens[end]
    if (end > 0 && verb?.kind === 'word' && !verb.cap && (/(?:ed|[^s]s)$/.test(verb.lower) || phrasalParticle(tokens, end + 1)) && (!m || m.type === 'person' || m.type === null)) {
      const phrase = readSpeakerPhrase(ctx, j, end, mentionAt)
      if (phrase) return { phrase, cue: end, strength: 0.7 }
    }
  }
  return null
}

/** The particle of a phrasal verb of speaking at token i: "shot back", "fired back", "went on", "cut in". */
function phrasalParticle(tokens: DocContext['tokens'], i: number): boolean {
  const p = tokens[i]
  const v = tokens[i - 1]
  if (!p || !v || p.kind !== 'word' || v.kind !== 'word' || v.cap) return false
  if (p.lower === 'back') return /^(shot|fired|hit|snapped|pushed|wrote)$/.test(v.lower)
  if (p.lower === 'on') return /^(went|goes|continued)$/.test(v.lower)
  if (p.lower === 'in') return /^(cut|chimed|broke|butted)$/.test(v.lower)
  return false
}

function before(ctx: DocContext, span: QuoteSpan, inQuote: Uint8Array, mentionAt: MentionAt): Attribution | null {
  const { tokens } = ctx
  let k = span.open - 1
  if (k < 0 || tokens[k].kind === 'break') return null
  if (tokens[k].text === ':' || tokens[k].text === ',') k--
  const stop = Math.max(0, k - LOOK_BEFORE)
  for (let v = k; v >= stop; v--) {
    const t = tokens[v]
    if (t.kind === 'break' || t.kind === 'quote' || (t.kind === 'punct' && /[.!?;]/.test(t.text) && !isAbbreviationPeriod(tokens, v))) break
    // "Hillary shot back, “…”", "he went on: “…”": a phrasal verb of speaking.
    if (phrasalParticle(tokens, v) && v === k) {
      const subject = subjectBefore(ctx, v - 1, mentionAt)
      if (subject) return { phrase: subject, cue: v - 1, strength: 0.8 }
    }
    if (!isSpeechVerb(t)) continue
    if (t.lower === 'according' && tokens[v + 1]?.lower === 'to') {
      const phrase = readSpeakerPhrase(ctx, v + 2, k + 1, mentionAt)
      return phrase ? { phrase, cue: v, strength: 0.85 } : null
    }
    // Inverted before a colon: said Peskov: “…”
    const inverted = readSpeakerPhrase(ctx, v + 1, k + 1, mentionAt)
    if (inverted && inverted.kind === 'name' && tokens[k + 1]?.text === ':') return { phrase: inverted, cue: v, strength: 0.85 }
    const participle = /ing$/.test(t.lower) && (tokens[v - 1]?.text === ',' || tokens[v - 1]?.kind === 'quote')
    const subject = verbSubject(ctx, v, inQuote, mentionAt)
    if (subject) return { phrase: subject, cue: v, strength: participle ? 0.75 : 0.9 }
    return null
  }
  return null
}

function colon(ctx: DocContext, open: number, mentionAt: MentionAt): Attribution | null {
  const { tokens } = ctx
  let k = open - 1
  // The colon may end the previous paragraph: "…, which could end the conflict:¶“If …”".
  while (k >= 0 && tokens[k].kind === 'break') k--
  if (tokens[k]?.text !== ':') return null
  const sent = tokens[k].sent
  let s = k
  while (s > 0 && tokens[s - 1].sent === sent && tokens[s - 1].kind !== 'break') s--
  // A headline "Kremlin: “…”": the whole stretch before the colon is one name.
  const m = mentionAt(s)
  if (m && m.e === k) return { phrase: { s: m.s, e: m.e, kind: 'name', mention: m }, cue: -1, strength: 0.7 }
  // "… - Jeffrey M. Jones: “…”": a person named right before the colon.
  const last = mentionAt(k - 1)
  if (last && last.e === k && last.type === 'person') return { phrase: { s: last.s, e: last.e, kind: 'name', mention: last }, cue: -1, strength: 0.65 }
  // "as Joel Pollak observed, the biggest victor was …:" — a verb of saying in the clause before
  // the colon names the speaker through its subject.
  for (let v = s; v < k; v++) {
    const t = tokens[v]
    if (t.kind !== 'word' || t.cap || !SPEECH_VERB_FINITE.test(t.lower) || !isSpeechVerb(t)) continue
    if (tokens[v - 1] && (tokens[v - 1].kind === 'poss' || /^(a|an|the|his|her|their|its)$/.test(tokens[v - 1].lower))) continue
    const subject = subjectBefore(ctx, v, mentionAt)
    if (subject && (subject.kind !== 'nominal' || subject.mention)) return { phrase: subject, cue: v, strength: 0.7 }
    break
  }
  // Otherwise the last name or pronoun before the colon that is followed by a verb-like word.
  let best: Attribution['phrase'] = null
  for (let i = s; i < k; i++) {
    const t = tokens[i]
    const mi = mentionAt(i)
    const isPronoun = t.kind === 'word' && PRONOUNS.has(t.lower) && t.lower !== 'it'
    if (!mi && !isPronoun) continue
    const end = mi ? mi.e : i + 1
    const next = tokens[end]
    if (next && next.kind === 'word' && !next.cap && !NOT_SUBJECT.has(next.lower)) {
      if (mi && mi.type !== 'place') best = { s: mi.s, e: mi.e, kind: 'name', mention: mi }
      else if (isPronoun) best = { s: i, e: i + 1, kind: 'pronoun' }
    }
    if (mi) i = mi.e - 1
  }
  return best ? { phrase: best, cue: -1, strength: 0.75 } : null
}

function inSentence(ctx: DocContext, span: QuoteSpan, mentionAt: MentionAt): Attribution | null {
  const { tokens } = ctx
  const sent = tokens[span.open].sent
  for (let v = span.open - 1; v >= 0 && tokens[v].sent === sent && tokens[v].kind !== 'break'; v--) {
    const t = tokens[v]
    if (t.kind === 'quote') break
    if (!isSpeechVerb(t) && !(t.kind === 'word' && THOUGHT_VERBS.has(t.lower))) continue
    // A participle after a comma takes the sentence's subject: "Putin condemned …, calling them “…”".
    if (/ing$/.test(t.lower) && tokens[v - 1]?.text === ',') {
      const subject = sentenceSubject(ctx, v, mentionAt)
      return subject ? { phrase: subject, cue: v, strength: 0.7 } : null
    }
    const subject = subjectBefore(ctx, v, mentionAt)
    return subject ? { phrase: subject, cue: v, strength: 0.75 } : null
  }
  return null
}
