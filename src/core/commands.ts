/**
 * Every user action, once: the native menus (main), the command palette and the keyboard
 * handler (renderer) are all built from this list, so each action has a menu entry and a shortcut.
 */
export type MenuName = 'file' | 'edit' | 'format' | 'tag' | 'view' | 'help'

export interface CommandSpec {
  id: string
  label: string
  menu: MenuName
  /** Electron accelerator syntax ("CmdOrCtrl+Shift+P"). */
  accelerator?: string
  /** The editor's own keymap handles the key; the app's key handler leaves it alone. */
  editorKey?: boolean
  separatorBefore?: boolean
}

export const COMMANDS: readonly CommandSpec[] = [
  { id: 'article.new', label: 'New Article', menu: 'file', accelerator: 'CmdOrCtrl+N' },
  { id: 'file.open', label: 'Open…', menu: 'file', accelerator: 'CmdOrCtrl+O' },
  { id: 'file.import', label: 'Import…', menu: 'file', accelerator: 'CmdOrCtrl+Shift+O' },
  { id: 'file.export', label: 'Export…', menu: 'file', accelerator: 'CmdOrCtrl+E' },
  { id: 'workspace.choose', label: 'Open Workspace…', menu: 'file', separatorBefore: true },
  { id: 'sync.now', label: 'Sync Now', menu: 'file' },
  { id: 'sync.conflicts', label: 'Conflicts…', menu: 'file' },
  { id: 'sync.log', label: 'Sync Log…', menu: 'file' },
  { id: 'article.rename', label: 'Rename Article', menu: 'file', accelerator: 'F2', separatorBefore: true },
  { id: 'article.trash', label: 'Move Article to Trash', menu: 'file', accelerator: 'CmdOrCtrl+Backspace' },
  { id: 'library.showTrash', label: 'Show Trash', menu: 'file' },
  { id: 'article.revisions', label: 'Compare Revisions…', menu: 'file', accelerator: 'CmdOrCtrl+Alt+R' },
  { id: 'photos.add', label: 'Add Photos…', menu: 'file', accelerator: 'CmdOrCtrl+Alt+Shift+I' },
  { id: 'media.cleanUp', label: 'Clean Up Unused Media…', menu: 'file' },

  { id: 'edit.undo', label: 'Undo', menu: 'edit', accelerator: 'CmdOrCtrl+Z', editorKey: true },
  { id: 'edit.redo', label: 'Redo', menu: 'edit', accelerator: 'CmdOrCtrl+Shift+Z', editorKey: true },
  { id: 'edit.find', label: 'Find…', menu: 'edit', accelerator: 'CmdOrCtrl+F', separatorBefore: true },
  { id: 'edit.replace', label: 'Find and Replace…', menu: 'edit', accelerator: 'CmdOrCtrl+H' },
  { id: 'edit.findNext', label: 'Find Next', menu: 'edit', accelerator: 'F3' },
  { id: 'edit.findPrevious', label: 'Find Previous', menu: 'edit', accelerator: 'Shift+F3' },
  { id: 'library.search', label: 'Search Articles…', menu: 'edit', accelerator: 'CmdOrCtrl+Shift+F', separatorBefore: true },

  { id: 'format.bold', label: 'Bold', menu: 'format', accelerator: 'CmdOrCtrl+B', editorKey: true },
  { id: 'format.italic', label: 'Italic', menu: 'format', accelerator: 'CmdOrCtrl+I', editorKey: true },
  { id: 'format.underline', label: 'Underline', menu: 'format', accelerator: 'CmdOrCtrl+U', editorKey: true },
  { id: 'format.strike', label: 'Strikethrough', menu: 'format', accelerator: 'CmdOrCtrl+Shift+S', editorKey: true },
  { id: 'format.link', label: 'Insert Link…', menu: 'format', accelerator: 'CmdOrCtrl+K' },
  { id: 'format.paragraph', label: 'Paragraph', menu: 'format', accelerator: 'CmdOrCtrl+Alt+0', editorKey: true, separatorBefore: true },
  { id: 'format.subhead', label: 'Subhead', menu: 'format', accelerator: 'CmdOrCtrl+Alt+2', editorKey: true },
  { id: 'format.bulletList', label: 'Bulleted List', menu: 'format', accelerator: 'CmdOrCtrl+Shift+8', editorKey: true },
  { id: 'format.orderedList', label: 'Numbered List', menu: 'format', accelerator: 'CmdOrCtrl+Shift+7', editorKey: true },
  { id: 'format.blockquote', label: 'Block Quote', menu: 'format', accelerator: 'CmdOrCtrl+Shift+B', editorKey: true },

  { id: 'tag.person', label: 'Tag Person…', menu: 'tag', accelerator: 'CmdOrCtrl+Alt+P' },
  { id: 'tag.organization', label: 'Tag Organisation…', menu: 'tag', accelerator: 'CmdOrCtrl+Alt+O' },
  { id: 'tag.place', label: 'Tag Place…', menu: 'tag', accelerator: 'CmdOrCtrl+Alt+L' },
  { id: 'tag.event', label: 'Tag Event…', menu: 'tag', accelerator: 'CmdOrCtrl+Alt+V' },
  { id: 'tag.work', label: 'Tag Work…', menu: 'tag', accelerator: 'CmdOrCtrl+Alt+W' },
  { id: 'tag.other', label: 'Tag Other Entity…', menu: 'tag', accelerator: 'CmdOrCtrl+Alt+E' },
  { id: 'suggest.acceptPeople', label: 'Accept Suggested People', menu: 'tag', accelerator: 'CmdOrCtrl+Alt+Shift+P', separatorBefore: true },
  { id: 'suggest.acceptOrganizations', label: 'Accept Suggested Organisations', menu: 'tag', accelerator: 'CmdOrCtrl+Alt+Shift+O' },
  { id: 'suggest.acceptPlaces', label: 'Accept Suggested Places', menu: 'tag', accelerator: 'CmdOrCtrl+Alt+Shift+L' },
  { id: 'suggest.acceptQuotes', label: 'Accept Suggested Quotes', menu: 'tag', accelerator: 'CmdOrCtrl+Alt+Shift+Q' },
  { id: 'suggest.acceptAll', label: 'Accept All Suggestions', menu: 'tag', accelerator: 'CmdOrCtrl+Alt+Shift+A' },
  { id: 'tag.quote', label: 'Tag Quote…', menu: 'tag', accelerator: 'CmdOrCtrl+Alt+Q', separatorBefore: true },
  { id: 'tag.removeQuote', label: 'Remove Quote Tag', menu: 'tag' },
  { id: 'tag.attribution', label: 'Tag Source Attribution…', menu: 'tag', accelerator: 'CmdOrCtrl+Alt+S' },
  { id: 'tag.removeAttribution', label: 'Remove Attribution Tag', menu: 'tag' },
  { id: 'tag.remove', label: 'Remove Entity Tags', menu: 'tag', accelerator: 'CmdOrCtrl+Alt+X', separatorBefore: true },
  { id: 'tag.openEntity', label: 'Open Entity Page', menu: 'tag', accelerator: 'CmdOrCtrl+Alt+I', separatorBefore: true },
  { id: 'registry.open', label: 'Entities…', menu: 'tag', accelerator: 'CmdOrCtrl+Alt+N' },
  { id: 'quotes.bank', label: 'Quote Bank…', menu: 'tag', accelerator: 'CmdOrCtrl+Alt+B' },
  { id: 'view.toggleTagColors', label: 'Show/Hide Tag Colours', menu: 'tag', accelerator: 'CmdOrCtrl+Alt+T', separatorBefore: true },

  { id: 'view.palette', label: 'Command Palette…', menu: 'view', accelerator: 'CmdOrCtrl+Shift+P' },
  { id: 'view.toggleLibrary', label: 'Show/Hide Library', menu: 'view', accelerator: 'CmdOrCtrl+Shift+1', separatorBefore: true },
  { id: 'view.toggleInspector', label: 'Show/Hide Inspector', menu: 'view', accelerator: 'CmdOrCtrl+Shift+2' },
  { id: 'view.focusLibrary', label: 'Go to Library', menu: 'view', accelerator: 'CmdOrCtrl+Shift+L' },
  { id: 'view.focusEditor', label: 'Go to Editor', menu: 'view', accelerator: 'CmdOrCtrl+Shift+E' },
  { id: 'view.theme.system', label: 'Theme: Follow System', menu: 'view', separatorBefore: true },
  { id: 'view.theme.light', label: 'Theme: Light', menu: 'view' },
  { id: 'view.theme.dark', label: 'Theme: Dark', menu: 'view' },

  { id: 'help.shortcuts', label: 'Keyboard Shortcuts', menu: 'help', accelerator: 'CmdOrCtrl+/' }
]
