import type { Extensions } from '@tiptap/core'
import StarterKit from '@tiptap/starter-kit'
import { Placeholder } from '@tiptap/extensions'
import { isSafeHref } from '../../../core/model/isSafeHref'
import { FindReplace } from './FindReplace'
import { SearchHighlight } from './SearchHighlight'
import { SpellCheck } from './SpellCheck'
import { AttributionMark } from './marks/AttributionMark'
import { EntityMark } from './marks/EntityMark'
import { NoteMark } from './marks/NoteMark'
import { QuoteMark } from './marks/QuoteMark'
import { UniqueTagIds } from './UniqueTagIds'
import { PastedQuotes } from './PastedQuotes'
import { Suggestions } from './Suggestions'
import type { RegistryIndex } from '../../../core/suggest/RegistryIndex'
import type { SuggestPass } from '../worker/coreProtocol'

export interface ExtensionOptions {
  spellCheck?: (words: string[]) => Promise<string[]>
  /** The registry for suggestions; without it, no suggestions are shown. */
  registry?: () => RegistryIndex | undefined
  /** Suggestions rejected in this article (suggestion keys). */
  rejected?: () => ReadonlySet<string>
  /** Where suggestion passes run (the app's core worker); without it, on this thread. */
  suggestEngine?: (text: string) => Promise<SuggestPass>
}

/** The editor's one extension list: the app and the headless editor tests use the same. */
export function createExtensions(options: ExtensionOptions = {}): Extensions {
  return [
    StarterKit.configure({
      code: false,
      codeBlock: false,
      heading: { levels: [1, 2, 3, 4] },
      link: {
        openOnClick: false,
        autolink: true,
        defaultProtocol: 'https',
        isAllowedUri: (url) => isSafeHref(url),
        HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null }
      }
    }),
    Placeholder.configure({ placeholder: 'Write the story…' }),
    EntityMark,
    QuoteMark,
    AttributionMark,
    NoteMark,
    UniqueTagIds,
    PastedQuotes.configure({ speakerExists: options.registry ? (id) => options.registry?.()?.byId.has(id) ?? false : null }),
    ...(options.registry
      ? [
          Suggestions.configure({
            registry: options.registry,
            ...(options.rejected ? { rejected: options.rejected } : {}),
            ...(options.suggestEngine ? { engine: options.suggestEngine } : {})
          })
        ]
      : []),
    FindReplace,
    SearchHighlight,
    SpellCheck.configure({ check: options.spellCheck ?? null })
  ]
}
