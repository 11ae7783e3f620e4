const LETTERS = 'abcdefghijklmnopqrstuvwxyz'

/** Every string one edit from `word` (a letter dropped, swapped with the next, replaced or added), a–z only. */
export function editsOf(word: string): Set<string> {
  const out = new Set<string>()
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i)
    const tail = word.slice(i)
    if (tail) out.add(head + tail.slice(1))
    if (tail.length > 1) out.add(head + tail[1] + tail[0] + tail.slice(2))
    for (const c of LETTERS) {
      if (tail) out.add(head + c + tail.slice(1))
      out.add(head + c + tail)
    }
  }
  out.delete(word)
  return out
}
