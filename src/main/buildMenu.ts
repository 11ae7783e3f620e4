import { Menu, type MenuItemConstructorOptions } from 'electron'
import { COMMANDS, type MenuName } from '../core/commands'

const TITLES: Record<MenuName, string> = { file: 'File', edit: 'Edit', format: 'Format', tag: 'Tag', view: 'View', help: 'Help' }

/**
 * The native menus, built from the one command list. Accelerators are shown but not registered
 * here: the renderer handles the keys itself, so shortcuts behave the same in every backend.
 */
export function buildMenu(send: (command: string) => void, devTools: boolean): Menu {
  const items = (menu: MenuName): MenuItemConstructorOptions[] =>
    COMMANDS.filter((c) => c.menu === menu).flatMap((c) => {
      const item: MenuItemConstructorOptions = {
        label: c.label,
        accelerator: c.accelerator,
        registerAccelerator: false,
        click: () => send(c.id)
      }
      return c.separatorBefore ? [{ type: 'separator' as const }, item] : [item]
    })
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    { label: TITLES.file, submenu: [...items('file'), { type: 'separator' }, { role: process.platform === 'darwin' ? 'close' : 'quit' }] },
    {
      label: TITLES.edit,
      submenu: [
        ...items('edit').slice(0, 2),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'pasteAndMatchStyle' },
        { role: 'selectAll' },
        ...items('edit').slice(2)
      ]
    },
    { label: TITLES.format, submenu: items('format') },
    { label: TITLES.tag, submenu: items('tag') },
    {
      label: TITLES.view,
      submenu: [
        ...items('view'),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { role: 'togglefullscreen' },
        ...(devTools ? [{ type: 'separator' as const }, { role: 'reload' as const }, { role: 'toggleDevTools' as const }] : [])
      ]
    },
    { label: TITLES.help, submenu: items('help') }
  ]
  return Menu.buildFromTemplate(template)
}
