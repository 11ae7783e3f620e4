import type { SourceCue } from '../../../../../core/checks/findSourceCues'
import { SOURCE_TYPE_LABELS } from './sourceTypeLabels'

interface Props {
  /** One cue per source named in the text and not attached yet. */
  cues: SourceCue[]
  text: string
  onAttach: (cue: SourceCue) => void
  disabled?: boolean
}

/** Sources the text cites ("…, Reuters reports", "according to…", "told the BBC") that are not attached. */
export function SuggestedSources({ cues, text, onAttach, disabled }: Props): React.JSX.Element | null {
  if (cues.length === 0) return null
  return (
    <section aria-label="Named in the text">
      <h3 className="section-title">Named in the text</h3>
      <ul className="plain-list suggested-sources">
        {cues.map((c) => (
          <li key={c.name} data-testid="suggested-source">
            <div>
              <span className="source-name">{c.name}</span>
              <span className="muted small">
                {' '}
                · “{text.slice(c.phrase.start, c.phrase.end)}” · {c.sourceId ? 'in the registry' : SOURCE_TYPE_LABELS[c.type].toLocaleLowerCase()}
              </span>
            </div>
            <button type="button" disabled={disabled} onClick={() => onAttach(c)}>
              {c.sourceId ? 'Attach' : 'Create and attach'}
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}
