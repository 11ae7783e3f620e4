import { useMemo, useState } from 'react'
import { COMMANDS } from '../../../../core/commands'
import { formatAccelerator } from '../../commands/matchAccelerator'
import { useApp } from '../../app/AppContext'
import { Modal } from '../../app/Modal'
import { useListNavigation } from '../../app/useListNavigation'

/** Mod-Shift-P: every command by name; type to filter, arrows to move, Enter to run. */
export function CommandPalette(): React.JSX.Element {
  const { dispatch, runCommand } = useApp()
  const [query, setQuery] = useState('')
  const matches = useMemo(() => {
    const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean)
    return COMMANDS.filter((c) => c.id !== 'view.palette').filter((c) => {
      const hay = `${c.menu} ${c.label}`.toLocaleLowerCase()
      return words.every((w) => hay.includes(w))
    })
  }, [query])
  const close = (): void => dispatch({ type: 'dialog', dialog: null })
  const run = (id: string): void => {
    close()
    // After the palette closes, so focus is back where the command expects it.
    setTimeout(() => runCommand(id), 0)
  }
  const { active, setIndex, reset, onArrowKey } = useListNavigation(matches.length)
  return (
    <Modal title="Command palette" onClose={close}>
      <input
        autoFocus
        className="palette-input"
        role="combobox"
        aria-expanded="true"
        aria-controls="palette-list"
        aria-activedescendant={matches[active] ? `cmd-${matches[active].id}` : undefined}
        aria-label="Command"
        placeholder="Type a command"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value)
          reset()
        }}
        onKeyDown={(e) => {
          if (onArrowKey(e)) return
          if (e.key === 'Enter' && matches[active]) {
            e.preventDefault()
            run(matches[active].id)
          }
        }}
      />
      <ul id="palette-list" className="palette-list" role="listbox" aria-label="Commands">
        {matches.map((c, i) => (
          <li
            key={c.id}
            id={`cmd-${c.id}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'active' : undefined}
            onMouseEnter={() => setIndex(i)}
            onClick={() => run(c.id)}
          >
            <span>{c.label}</span>
            {c.accelerator && <kbd>{formatAccelerator(c.accelerator)}</kbd>}
          </li>
        ))}
      </ul>
    </Modal>
  )
}
