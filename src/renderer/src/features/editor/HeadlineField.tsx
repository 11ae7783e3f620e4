import { useApp } from '../../app/AppContext'

interface Props {
  value: string
  readOnly: boolean
  onChange: (value: string) => void
  onEnter: () => void
}

/** The headline, a single line that wraps (CSS field-sizing grows it); Enter moves on to the body. */
export function HeadlineField({ value, readOnly, onChange, onEnter }: Props): React.JSX.Element {
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
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault()
          onEnter()
        }
      }}
    />
  )
}
