import type { MarkJSON } from '../../model/DocJSON'
import { isSafeHref } from '../../model/isSafeHref'
import { formatSpanAttrs } from './formatSpanAttrs'
import { markToSpanAttrs } from './markToSpanAttrs'
import { writeLinkDestination } from './writeLinkDestination'

/**
 * What the writer puts around text carrying a mark, or null when the mark is not written
 * (unknown types, links to anything but http(s)/mailto — readers drop those too, so writing
 * them would make the file change on the next save).
 */
export function markDelimiters(mark: MarkJSON): { open: string; close: string } | null {
  switch (mark.type) {
    case 'bold':
      return { open: '**', close: '**' }
    case 'italic':
      return { open: '*', close: '*' }
    case 'strike':
      return { open: '~~', close: '~~' }
    case 'link': {
      const href = mark.attrs?.href
      if (typeof href !== 'string' || !isSafeHref(href)) return null
      return { open: '[', close: `](${writeLinkDestination(href)})` }
    }
    default: {
      const attrs = markToSpanAttrs(mark)
      return attrs ? { open: '[', close: `]${formatSpanAttrs(attrs)}` } : null
    }
  }
}
