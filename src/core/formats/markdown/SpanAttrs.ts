/**
 * The attributes of a Pandoc bracketed span `[text]{.class #id key="value"}`, the syntax the
 * workspace format uses for every mark Markdown has no syntax of its own for (underline now,
 * entity/quote/attribution/note tags later).
 */
export interface SpanAttrs {
  classes: string[]
  id?: string
  /** In the order written; values are plain strings. */
  attributes: Record<string, string>
}
