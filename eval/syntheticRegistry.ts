import type { RegistryEntity } from '../src/core/suggest/RegistryEntity'

const SYLLABLES = ['ka', 'ro', 'mi', 'tan', 'vel', 'so', 'dar', 'li', 'ne', 'sha', 'bor', 'qu', 'ev', 'ith', 'mon', 'ar']
const TYPES = ['person', 'person', 'organization', 'place'] as const

/**
 * A deterministic registry of `count` invented entities with three aliases each (name, short
 * form, a title form), the size the speed target names: 10,000 entities / 30,000 aliases.
 */
export function syntheticRegistry(count: number): RegistryEntity[] {
  const word = (n: number): string => {
    let s = ''
    let x = n + 7
    for (let k = 0; k < 3; k++) {
      s += SYLLABLES[x % SYLLABLES.length]
      x = Math.floor(x / SYLLABLES.length) + k * 3
    }
    return s[0].toUpperCase() + s.slice(1)
  }
  const out: RegistryEntity[] = []
  for (let i = 0; i < count; i++) {
    const type = TYPES[i % TYPES.length]
    const first = word(i * 31)
    const last = word(i * 17 + 5) + (i % 97)
    const name = type === 'person' ? `${first} ${last}` : type === 'organization' ? `${last} Council` : `${last}ville`
    out.push({ id: `e-${i}`, type, name, aliases: [last.toUpperCase(), `${name} Jr`, `The ${name}`] })
  }
  return out
}
