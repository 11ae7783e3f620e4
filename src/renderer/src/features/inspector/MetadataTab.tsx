import type { ArticleRow } from '../../db/ArticleRow'
import { DraftField } from './fields/DraftField'
import { useSaveMeta } from './fields/useSaveMeta'
import { BylinesField } from './metadata/BylinesField'
import { CorrectionsLog } from './metadata/CorrectionsLog'
import { CustomFields } from './metadata/CustomFields'
import { DatelineField } from './metadata/DatelineField'
import { EmbargoField } from './metadata/EmbargoField'
import { FileFacts } from './metadata/FileFacts'
import { LanguageField } from './metadata/LanguageField'
import { StatusField } from './metadata/StatusField'
import { SubjectsField } from './metadata/SubjectsField'

/**
 * Everything about the article but its headline and body, saved in its front matter: status,
 * standfirst, bylines, dateline, language, subjects, embargo, the editor's note, corrections
 * and the fields kept from import. Each field saves on its own (after a pause or on leaving it).
 */
export function MetadataTab({ row }: { row: ArticleRow }): React.JSX.Element {
  // A fresh set of fields per article, so a half-typed value never lands in the next one.
  return <MetadataFields key={row.id} row={row} />
}

function MetadataFields({ row }: { row: ArticleRow }): React.JSX.Element {
  const save = useSaveMeta(row.id)
  const disabled = row.trashed === 1
  const text = (value: string): string | undefined => (value.trim() ? value.trim() : undefined)
  return (
    <div className="metadata">
      <div className="field-row">
        <StatusField status={row.status} disabled={disabled} onChange={(status) => save({ status })} />
        <LanguageField language={row.language} disabled={disabled} onChange={(language) => save({ language })} />
      </div>
      <DraftField
        label="Standfirst"
        multiline
        rows={3}
        disabled={disabled}
        placeholder="The summary under the headline"
        value={row.standfirst ?? ''}
        onCommit={(v) => save({ standfirst: text(v) })}
      />
      <BylinesField bylines={row.bylines ?? []} disabled={disabled} onEdit={(f) => save((r) => ({ bylines: f(r.bylines) }))} />
      <DatelineField dateline={row.dateline} disabled={disabled} onEdit={(f) => save((r) => ({ dateline: f(r.dateline) }))} />
      <SubjectsField subjects={row.subjects ?? []} disabled={disabled} onEdit={(f) => save((r) => ({ subjects: f(r.subjects) }))} />
      <EmbargoField embargo={row.embargo} disabled={disabled} onChange={(embargo) => save({ embargo })} />
      <DraftField
        label="Editor’s note"
        multiline
        disabled={disabled}
        placeholder="Published above the article (“This article contains…”)"
        value={row.editorNote ?? ''}
        onCommit={(v) => save({ editorNote: text(v) })}
      />
      <CorrectionsLog corrections={row.corrections ?? []} disabled={disabled} onEdit={(f) => save((r) => ({ corrections: f(r.corrections) }))} />
      <CustomFields custom={row.custom} disabled={disabled} onEdit={(f) => save((r) => ({ custom: f(r.custom) }))} />
      <FileFacts row={row} />
    </div>
  )
}
