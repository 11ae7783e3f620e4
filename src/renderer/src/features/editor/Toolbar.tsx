import type { Editor } from '@tiptap/core'
import { useEditorState } from '@tiptap/react'
import {
  Bold, BookUser, Building, Heading2, Highlighter, History, Italic, Link, List, ListOrdered, MapPin, MessageSquareQuote, Newspaper, Pilcrow,
  Quote, Redo2, Search, Sparkles, Strikethrough, Underline, Undo2, User
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
  'article.revisions': History,
  'tag.person': User,
  'tag.organization': Building,
  'tag.place': MapPin,
  'tag.quote': MessageSquareQuote,
  'tag.attribution': Newspaper,
  'suggest.acceptAll': Sparkles,
  'view.toggleTagColors': Highlighter,
  'quotes.bank': BookUser
} as const

/** Buttons that work on a read-only (trashed) article too. */
const ALWAYS = new Set(['edit.find', 'article.revisions', 'view.toggleTagColors', 'quotes.bank'])

const GROUPS: (keyof typeof ICONS)[][] = [
  ['edit.undo', 'edit.redo'],
  ['format.paragraph', 'format.subhead'],
  ['format.bold', 'format.italic', 'format.underline', 'format.strike'],
  ['format.bulletList', 'format.orderedList', 'format.blockquote', 'format.link'],
  ['tag.person', 'tag.organization', 'tag.place', 'tag.quote', 'tag.attribution', 'suggest.acceptAll'],
  ['view.toggleTagColors', 'quotes.bank', 'edit.find', 'article.revisions']
]

/** The slim formatting toolbar; every button is also a menu entry and a shortcut. */
export function Toolbar({ editor, disabled }: { editor: Editor | null; disabled: boolean }): React.JSX.Element {
  const { runCommand, ui } = useApp()
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
            'format.link': e.isActive('link'),
            'tag.person': e.isActive('entity', { type: 'person' }),
            'tag.organization': e.isActive('entity', { type: 'organization' }),
            'tag.place': e.isActive('entity', { type: 'place' }),
            'tag.quote': e.isActive('quote'),
            'tag.attribution': e.isActive('attribution')
          }
        : null
  })
  return (
    <div className="toolbar" role="toolbar" aria-label="Formatting and tagging">
      {GROUPS.map((group, i) => (
        <div className="toolbar-group" key={i}>
          {group.map((id) => {
            const spec = COMMANDS.find((c) => c.id === id)!
            const Icon = ICONS[id]
            const pressed = id === 'view.toggleTagColors' ? ui.tagColors : active ? (active as Record<string, boolean>)[id] : undefined
            const label = spec.accelerator ? `${spec.label} (${formatAccelerator(spec.accelerator)})` : spec.label
            return (
              <button
                key={id}
                type="button"
                className="tool"
                title={label}
                aria-label={spec.label}
                aria-pressed={pressed}
                disabled={disabled && !ALWAYS.has(id)}
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
