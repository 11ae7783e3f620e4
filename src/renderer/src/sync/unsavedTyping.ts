let probe: ((id: string) => boolean) | null = null

/**
 * The open editor says here whether it holds typing not yet in the store (the autosave pause),
 * so the sync never replaces text under a journalist's fingers.
 */
export function setUnsavedTypingProbe(next: ((id: string) => boolean) | null): void {
  probe = next
}

export function hasUnsavedTyping(id: string): boolean {
  return probe?.(id) ?? false
}
