type Listener = (ids: ReadonlySet<string>) => void

const listeners = new Set<Listener>()

/** Who wants to know that the sync replaced articles' text with a version from the folder (the open editor). */
export function onOutsideChange(listener: Listener): () => void {
  listeners.add(listener)
  return () => void listeners.delete(listener)
}

export function notifyOutsideChange(ids: readonly string[]): void {
  const set = new Set(ids)
  for (const l of listeners) l(set)
}
