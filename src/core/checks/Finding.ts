/** One preflight result about an article, shown in the Checks tab and by `copydesk check`. */
export interface Finding {
  /** Stable id of the check that produced it (`missing-headline`), for overrides and tests. */
  id: string
  /** error blocks export (unless overridden with a reason), warning and info only inform. */
  severity: 'error' | 'warning' | 'info'
  /** One sentence for the desk: what is wrong and what to do. */
  message: string
  /** Index of the body block concerned, when the finding is about one place. */
  blockIndex?: number
}
