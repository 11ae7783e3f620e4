import type { Token } from './Token'

// Arabic, Dutch and similar particles written in lower case before a capital: "al-Assad".
const PARTICLE_PREFIX = /^(?:al|el|ad|as|ash|at|az|an|ar|bin|ibn|abu|van|von|de|da|di|du|le|la|ter|d|l|o)[-'’]\p{Lu}/u

const LOWER_HEAD = /-\p{Ll}{5,}$/u

/** A word that can be part of a name: capitalised, or a lower-case particle joined to a capital. */
export function isNameWord(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false
  // "Scientology-related", "Prize-winner": a compound whose head is a common word is no name.
  if (t.cap) return !/^\d/.test(t.text) && !LOWER_HEAD.test(t.text)
  return PARTICLE_PREFIX.test(t.text)
}
