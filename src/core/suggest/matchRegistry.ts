import type { DocContext } from './DocContext'
import type { Mention } from './Mention'
import type { RegistryIndex, RegistryName } from './RegistryIndex'
import { foldKey } from './foldKey'

/**
 * Registry names and aliases in the text, longest match first, left to right, by walking the
 * token trie: a few Map lookups per token, whatever the registry's size. A capitalised name only
 * matches capitalised text ("US" ≠ "us"). Tokens are whole words (the tokenizer keeps
 * "Iran-backed" whole), so a match never starts or ends inside a word.
 */
export function matchRegistry(ctx: DocContext, registry: RegistryIndex): Mention[] {
  const { tokens, text } = ctx
  const keys = tokens.map((t) => (t.kind === 'break' ? '\n' : foldKey(t.lower)))
  const out: Mention[] = []
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    if (t.kind !== 'word' || ctx.metaParas.has(t.para)) continue
    let node = registry.root.next.get(keys[i])
    let best: RegistryName | undefined
    let bestEnd = 0
    for (let k = i; node; ) {
      const names = node.names?.filter((n) => !n.cap || t.cap)
      if (names?.length) {
        best = names[0]
        bestEnd = k + 1
      }
      k++
      node = k < tokens.length ? node.next.get(keys[k]) : undefined
    }
    if (!best) continue
    const surface = text.slice(tokens[i].start, tokens[bestEnd - 1].end)
    out.push({
      s: i, e: bestEnd, text: surface, key: keys.slice(i, bestEnd).join(' '), type: best.entity.type,
      score: surface === best.entity.name ? 0.97 : 0.92, entityId: best.entity.id, canonical: best.entity.name
    })
    i = bestEnd - 1
  }
  return out
}
