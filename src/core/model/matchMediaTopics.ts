import type { MediaTopic } from './parseMediaTopics'

const fold = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase()

/**
 * Type-ahead over Media Topics: the label starting with the query first, then a word of it,
 * then anywhere in it, then the code (`medtop:2000…` or just the digits); shallower topics
 * first within each rank. Topics listed in `exclude` (already chosen) are left out.
 */
export function matchMediaTopics(topics: readonly MediaTopic[], query: string, limit = 12, exclude: ReadonlySet<string> = new Set()): MediaTopic[] {
  const q = fold(query.trim())
  if (!q) return []
  const digits = q.replace(/^medtop:/, '')
  const ranked: { topic: MediaTopic; rank: number }[] = []
  for (const topic of topics) {
    if (exclude.has(topic.code)) continue
    const name = fold(topic.name)
    const rank = name.startsWith(q)
      ? 0
      : name.split(/[\s,/()-]+/).some((w) => w.startsWith(q))
        ? 1
        : name.includes(q)
          ? 2
          : /^\d{3,8}$/.test(digits) && topic.code.slice('medtop:'.length).startsWith(digits)
            ? 3
            : -1
    if (rank >= 0) ranked.push({ topic, rank })
  }
  ranked.sort((a, b) => a.rank - b.rank || a.topic.level - b.topic.level || a.topic.name.length - b.topic.name.length)
  return ranked.slice(0, limit).map((r) => r.topic)
}
