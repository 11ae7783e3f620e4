import { COMMANDS, type MenuName } from '../../../../core/commands'
import { formatAccelerator } from '../../commands/matchAccelerator'
import { useApp } from '../../app/AppContext'
import { Modal } from '../../app/Modal'

const MENUS: MenuName[] = ['file', 'edit', 'format', 'tag', 'view', 'help']

/** Every shortcut, grouped by menu. */
export function ShortcutsDialog(): React.JSX.Element {
  const { dispatch } = useApp()
  return (
    <Modal title="Keyboard shortcuts" onClose={() => dispatch({ type: 'dialog', dialog: null })}>
      <div className="shortcuts">
        {MENUS.map((menu) => (
          <section key={menu}>
            <h3 className="section-title">{menu}</h3>
            <dl>
              {COMMANDS.filter((c) => c.menu === menu && c.accelerator).map((c) => (
                <div key={c.id} className="fact-row">
                  <dt>{c.label}</dt>
                  <dd>
                    <kbd>{formatAccelerator(c.accelerator!)}</kbd>
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </Modal>
  )
}
