import type { Editor } from '@tiptap/core'
import { useEditorState } from '@tiptap/react'
import {
  Bold, Heading2, History, Italic, Link, List, ListOrdered, Pilcrow, Quote, Redo2, Search, Strikethrough, Underline, Undo2
} from 'lucide-react'
import { COMMANDS } from '../../../../core/commands'
import { formatAccelerator } from '../../commands/matchAccelerator'
import { useApp } from '../../app/AppContext'

const ICONS = {
  'edit.undo': Undo2,
  'edit.redo': Redo2,
  'format.paragraph': Pilcrow,
  'format.subhead': Heading2,
  'format.bold': Bold,
  'format.italic': Italic,
  'format.underline': Underline,
  'format.strike': Strikethrough,
  'format.bulletList': List,
  'format.orderedList': ListOrdered,
  'format.blockquote': Quote,
  'format.link': Link,
  'edit.find': Search,
  'article.revisions': History
} as const

const GROUPS: (keyof typeof ICONS)[][] = [
  ['edit.undo', 'edit.redo'],
  ['format.paragraph', 'format.subhead'],
  ['format.bold', 'format.italic', 'format.underline', 'format.strike'],
  ['format.bulletList', 'format.orderedList', 'format.blockquote', 'format.link'],
  ['edit.find', 'article.revisions']
]

/** The slim formatting toolbar; every button is also a menu entry and a shortcut. */
export function Toolbar({ editor, disabled }: { editor: Editor | null; disabled: boolean }): React.JSX.Element {
  const { runCommand } = useApp()
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) =>
      e
        ? {
            'format.paragraph': e.isActive('paragraph'),
            'format.subhead': e.isActive('heading', { level: 2 }),
            'format.bold': e.isActive('bold'),
            'format.italic': e.isActive('italic'),
            'format.underline': e.isActive('underline'),
            'format.strike': e.isActive('strike'),
            'format.bulletList': e.isActive('bulletList'),
            'format.orderedList': e.isActive('orderedList'),
            'format.blockquote': e.isActive('blockquote'),
            'format.link': e.isActive('link')
          }
        : null
  })
  return (
    <div className="toolbar" role="toolbar" aria-label="Formatting">
      {GROUPS.map((group, i) => (
        <div className="toolbar-group" key={i}>
          {group.map((id) => {
            const spec = COMMANDS.find((c) => c.id === id)!
            const Icon = ICONS[id]
            const pressed = active ? (active as Record<string, boolean>)[id] : undefined
            const label = spec.accelerator ? `${spec.label} (${formatAccelerator(spec.accelerator)})` : spec.label
            return (
              <button
                key={id}
                type="button"
                className="tool"
                title={label}
                aria-label={spec.label}
                aria-pressed={pressed}
                disabled={disabled && id !== 'edit.find' && id !== 'article.revisions'}
                onMouseDown={(e) => e.preventDefault() /* keep the editor's selection */}
                onClick={() => runCommand(id)}
              >
                <Icon size={16} strokeWidth={2} aria-hidden="true" />
              </button>
            )
          })}
        </div>
      ))}
    </div>
  )
}
