/** How an article is named in lists: its headline, or a visible "no headline" with its file name. */
export function articleTitle(row: { headline: string; slug: string }): string {
  return row.headline || `No headline · ${row.slug}`
}
