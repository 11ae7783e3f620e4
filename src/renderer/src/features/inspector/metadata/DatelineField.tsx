import type { Dateline } from '../../../../../core/model/Article'
import { DraftField } from '../fields/DraftField'
import type { Updater } from '../fields/Updater'

/** Where and when the story was filed ("MOSCOW, June 24"): place and date, each optional. */
export function DatelineField({ dateline, onEdit, disabled }: { dateline: Dateline | undefined; onEdit: (update: Updater<Dateline | undefined>) => void; disabled?: boolean }): React.JSX.Element {
  const save = (patch: Dateline): void =>
    onEdit((current) => {
      const next = { ...current, ...patch }
      const place = next.place?.trim()
      const date = next.date?.trim()
      return place || date ? { ...(place ? { place } : {}), ...(date ? { date } : {}) } : undefined
    })
  return (
    <fieldset className="field-group" disabled={disabled}>
      <legend>Dateline</legend>
      <div className="field-row">
        <DraftField className="grow" label="Place" placeholder="MOSCOW" value={dateline?.place ?? ''} onCommit={(place) => save({ place })} />
        <DraftField label="Date" type="date" value={dateline?.date?.slice(0, 10) ?? ''} onCommit={(date) => save({ date })} />
      </div>
    </fieldset>
  )
}
