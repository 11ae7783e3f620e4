/** A field of the article's metadata a finding can point at. */
export type FindingField = 'headline' | 'standfirst' | 'bylines' | 'subjects' | 'dateline'

/** Where a finding jumps to. Body offsets index the block's text (see ArticleText). */
export type FindingTarget =
  | { kind: 'body'; blockIndex: number; from: number; to: number }
  /** `from`/`to`, when set, are offsets into the field's text (a quotation in the headline). */
  | { kind: 'field'; field: FindingField; from?: number; to?: number }
  | { kind: 'photo'; index: number }
  | { kind: 'source'; id: string }

/** One preflight result about an article, shown in the Checks tab and by `copydesk check`. */
export interface Finding {
  /** Stable id of the check that produced it (`missing-headline`), for overrides and tests. */
  id: string
  /**
   * Identifies this finding across edits, for overrides: the check id plus what it is about
   * (`quote-unverified:<quoteId>`, `photo-credit:<file or index>`). Defaults to `id`.
   */
  key?: string
  /** error blocks export (unless overridden with a reason), warning and info only inform. */
  severity: 'error' | 'warning' | 'info'
  /** One sentence for the desk: what is wrong and what to do. */
  message: string
  /**
   * Index of the top-level body block concerned, when the finding is about one place in the
   * body (the same as `target.blockIndex`; kept for callers that only jump to a block).
   */
  blockIndex?: number
  /** Where to jump: the field (headline, standfirst, photo) or a text range in the body. */
  target?: FindingTarget
  /** Set by runChecks when the desk overrode this finding; its severity no longer blocks export. */
  overridden?: { reason: string; at: string }
}
