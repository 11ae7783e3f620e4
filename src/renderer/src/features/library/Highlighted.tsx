import type { TextRange } from '../../../../core/search/findTermRanges'

/** Text with its matches marked (<mark>), ranges sorted and not overlapping. */
export function Highlighted({ text, ranges }: { text: string; ranges: readonly TextRange[] | undefined }): React.JSX.Element {
  if (!ranges?.length) return <>{text}</>
  const parts: React.ReactNode[] = []
  let at = 0
  ranges.forEach((r, i) => {
    if (r.from > at) parts.push(text.slice(at, r.from))
    parts.push(<mark key={i}>{text.slice(r.from, r.to)}</mark>)
    at = r.to
  })
  if (at < text.length) parts.push(text.slice(at))
  return <>{parts}</>
}
