import type { DocContext } from './DocContext'
import type { ReportedSpeech } from './ReportedSpeech'
import { contentEnd } from './contentEnd'
import type { SpeakerPhrase } from './SpeakerPhrase'

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s'])
/** Passive verbs of saying and believing: "is expected to", "was said to", "is seen as". */
const PASSIVE_CUES = new Set(['expected', 'believed', 'thought', 'said', 'reported', 'rumored', 'rumoured', 'alleged', 'understood', 'seen', 'viewed', 'considered', 'suspected', 'regarded', 'presumed', 'feared', 'estimated', 'projected', 'predicted', 'tipped'])
/** Passive verbs of judging: "was criticized for", "has been accused of" (with "of" handled by "by/for/as/over"). */
const PASSIVE_JUDGEMENTS = new Set(['criticized', 'criticised', 'praised', 'blamed', 'condemned', 'denounced', 'described', 'labeled', 'labelled', 'dubbed', 'hailed', 'attacked', 'rebuked', 'slammed', 'mocked', 'ridiculed', 'lauded', 'faulted', 'derided', 'branded', 'decried', 'questioned', 'challenged', 'endorsed', 'characterized', 'characterised', 'portrayed', 'accused'])
/** Adjectives of an impersonal view: "it is unclear whether", "it is likely that". */
const IMPERSONAL_ADJECTIVES = new Set(['clear', 'unclear', 'likely', 'unlikely', 'possible', 'impossible', 'certain', 'uncertain', 'doubtful', 'obvious', 'evident', 'apparent', 'expected', 'believed', 'understood', 'reported', 'said', 'thought', 'feared', 'hoped', 'known', 'unknown'])
/** Nouns of a shared view after "there is": "there is no doubt that", "there is a widespread recognition that". */
const VIEW_NOUNS = new Set(['doubt', 'consensus', 'recognition', 'sense', 'belief', 'concern', 'concerns', 'fear', 'fears', 'hope', 'hopes', 'speculation', 'talk', 'agreement', 'disagreement', 'question', 'questions', 'suspicion', 'expectation', 'expectations', 'feeling', 'debate', 'evidence', 'indication', 'indications', 'sign', 'signs'])

/**
 * Views and reports that nobody is named for, as speaker-less indirect quotes:
 * - `X is expected to …`, `he was said to have …`, `the plan is seen as …` (a passive verb of
 *   saying or believing; the content is the whole clause, subject included);
 * - `it is unclear whether …`, `it's likely that …`;
 * - `there is no doubt that …`, `there is a widespread recognition that …`.
 * Token v is the passive participle, the adjective or the noun.
 */
export function impersonalSpeech(ctx: DocContext, v: number, from: number, last: number, agent?: (s: number, e: number) => SpeakerPhrase | null): ReportedSpeech | null {
  const { tokens } = ctx
  const t = tokens[v]
  if (t.kind !== 'word' || t.cap) return null
  let b = v - 1
  while (b > from && tokens[b].kind === 'word' && /^(also|widely|generally|long|now|still|not|already|increasingly|largely|often|being|been|once)$/.test(tokens[b].lower)) b--
  const be = tokens[b]
  const next = tokens[v + 1]
  if (PASSIVE_CUES.has(t.lower) && be && BE.has(be.lower) && next && /^(to|as|of)$/.test(next.lower) && tokens[b - 1]?.lower !== 'it') {
    // The clause's subject opens the content: back to the sentence start or the last comma.
    let s = b
    while (s > from && tokens[s - 1].text !== ',' && tokens[s - 1].text !== ';' && tokens[s - 1].kind !== 'quote') s--
    if (b - s > 12 || b === s) return null
    return make(ctx, s, last, v)
  }
  // "Trump has been rebuked by opponents for …", "was denounced by critics as …": a judgement in
  // the passive with its agent after "by", who holds it.
  if (PASSIVE_JUDGEMENTS.has(t.lower) && be && (BE.has(be.lower) || (/^(has|have|had)$/.test(be.lower) && tokens[b + 1]?.lower === 'been')) && next && next.lower === 'by' && tokens[b - 1]?.lower !== 'it') {
    let s = b
    while (s > from && tokens[s - 1].text !== ',' && tokens[s - 1].text !== ';' && tokens[s - 1].kind !== 'quote' && tokens[s - 1].kind !== 'break') s--
    if (b - s > 12 || b === s) return null
    // Without an agent the passive names only its target ("The mayor was criticized for the
    // delay"): no holder, no quote.
    if (next.lower !== 'by' || !agent) return null
    const found = make(ctx, s, last, v)
    if (found) {
      let a = v + 2
      while (a <= last && a - v < 10 && (tokens[a].kind === 'word' || tokens[a].kind === 'poss') && !/^(for|as|over|of|in|on|at|after|before|during|who|which|that|and|to)$/.test(tokens[a].lower)) a++
      const phrase = agent(v + 2, a)
      if (!phrase) return null
      found.attribution = { phrase, cue: v, strength: 0.55 }
    }
    return found
  }
  if (IMPERSONAL_ADJECTIVES.has(t.lower) && be && BE.has(be.lower) && tokens[b - 1]?.lower === 'it' && next && /^(whether|that|if|how|why|what|who|when)$/.test(next.lower)) {
    return make(ctx, v + 1, last, v)
  }
  if (VIEW_NOUNS.has(t.lower) && next && /^(whether|that)$/.test(next.lower)) {
    let k = v - 1
    while (k > from && tokens[k].kind === 'word' && /^(a|an|no|little|some|growing|widespread|broad|general|strong|real|serious|clear|increasing|much)$/.test(tokens[k].lower)) k--
    if (!BE.has(tokens[k]?.lower ?? '') || !/^(there|here)$/.test(tokens[k - 1]?.lower ?? '')) return null
    return make(ctx, v + 1, last, v)
  }
  return null
}

function make(ctx: DocContext, s: number, last: number, cue: number): ReportedSpeech | null {
  const e = contentEnd(ctx, s, last)
  if (e - s < 3) return null
  return { s, e, attribution: { phrase: null, cue, strength: 0.4 }, thought: true }
}
