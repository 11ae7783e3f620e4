import { useState } from 'react'
import { isLanguageTag } from '../../../../../core/formats/export/isLanguageTag'
import { DraftField } from '../fields/DraftField'

/** Common newsroom languages offered in the list; any BCP 47 tag may be typed. */
const COMMON = ['en', 'en-GB', 'en-US', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'sv', 'nb', 'da', 'fi', 'pl', 'uk', 'ru', 'ar', 'fa', 'tr', 'zh']

/** The article's language as a BCP 47 tag (`en` when empty); a malformed tag is refused. */
export function LanguageField({ language, onChange, disabled }: { language: string | undefined; onChange: (next: string | undefined) => void; disabled?: boolean }): React.JSX.Element {
  const [error, setError] = useState<string | null>(null)
  return (
    <>
      <DraftField
        label="Language"
        value={language ?? ''}
        placeholder="en"
        list="language-tags"
        disabled={disabled}
        onCommit={(value) => {
          const tag = value.trim()
          if (tag && !isLanguageTag(tag)) return setError(`“${tag}” is not a language tag (like en, en-GB, de).`)
          setError(null)
          onChange(tag || undefined)
        }}
      />
      <datalist id="language-tags">
        {COMMON.map((t) => (
          <option key={t} value={t} />
        ))}
      </datalist>
      {error && <p className="field-error">{error}</p>}
    </>
  )
}
