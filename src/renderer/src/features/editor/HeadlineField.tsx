import { useApp } from '../../app/AppContext'
import { setEditingHeadline } from '../../sync/headlineFocus'

interface Props {
  articleId: string
  value: string
  readOnly: boolean
  onChange: (value: string) => void
  onEnter: () => void
  /** The desk left the field: a good moment to save (and name a new article's file). */
  onLeave: () => void
}

/** The headline, a single line that wraps (CSS field-sizing grows it); Enter moves on to the body. */
export function HeadlineField({ articleId, value, readOnly, onChange, onEnter, onLeave }: Props): React.JSX.Element {
  const { headlineRef } = useApp()
  return (
    <textarea
      ref={headlineRef}
      className="headline-field"
      aria-label="Headline"
      placeholder="Headline"
      rows={1}
      value={value}
      readOnly={readOnly}
      onChange={(e) => onChange(e.target.value.replace(/\s*\n\s*/g, ' '))}
      onFocus={() => setEditingHeadline(articleId)}
      onBlur={() => {
        setEditingHeadline(null)
        onLeave()
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault()
          onEnter()
        }
      }}
    />
  )
}
