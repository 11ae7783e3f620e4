/** Rows are read in pages of this many, so a scroll of a row or two does not read them again. */
export const ROW_PAGE = 16

/** The page-aligned span of rows to read for the rows rendered, `first` to `last` (exclusive). */
export function rowWindow(first: number, last: number, page = ROW_PAGE): { from: number; to: number } {
  if (last <= first) return { from: 0, to: 0 }
  return { from: Math.floor(first / page) * page, to: Math.ceil(last / page) * page }
}

/**
 * What the library list shows, as ids in order: the search's answer (those still in the view:
 * a result trashed or deleted since the index answered is left out), else the headline filter's
 * ids when a filter is typed (the whole view until it has answered), else the whole view.
 */
export function listedIds(
  view: readonly string[],
  opts: { results?: readonly string[] | null; filtered?: readonly string[] | null },
  inView: ReadonlySet<string> = new Set(view)
): readonly string[] {
  if (opts.results) return opts.results.filter((id) => inView.has(id))
  return opts.filtered ?? view
}
