/**
 * How a rejected suggestion is remembered in the article (front matter `rejected:`): by what it
 * says, not where, so it stays rejected as the text around it is edited. Rejecting "Harbour"
 * as a person rejects it as a person everywhere in this article, and only as a person.
 */
export function entitySuggestionKey(type: string, text: string): string {
  return `entity:${type}:${text.replace(/\s+/g, ' ').trim()}`
}

/** A rejected quote suggestion, by its first 80 characters (quotes are long; the start identifies them). */
export function quoteSuggestionKey(text: string): string {
  return `quote:${text.replace(/\s+/g, ' ').trim().slice(0, 80)}`
}
