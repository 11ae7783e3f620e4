import type { Segment } from '../../../../core/compare/compareRevisions'

/** Text of one side of a comparison, paragraphs kept, changes highlighted. */
export function SegmentText({ segments }: { segments: Segment[] }): React.JSX.Element {
  return (
    <div className="segment-text">
      {segments.map((s, i) =>
        s.kind === 'same' ? (
          <span key={i}>{s.text}</span>
        ) : s.kind === 'added' ? (
          <ins key={i}>{s.text}</ins>
        ) : (
          <del key={i}>{s.text}</del>
        )
      )}
    </div>
  )
}
