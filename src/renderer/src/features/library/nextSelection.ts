import type { LibrarySelection } from '../../app/uiReducer'

/**
 * How a gesture on a library row changes the selection:
 * - `only`: that row alone (a plain click or arrow; it also becomes the anchor);
 * - `toggle`: the row in or out, the rest kept (Ctrl/Cmd+click; it becomes the anchor);
 * - `range`: every row from the anchor to this one, in list order (Shift+click, Shift+arrows);
 * - `addRange`: that range added to what is selected (Ctrl/Cmd+Shift+click).
 * `order` is the list as shown; an anchor no longer in it starts the range at the row itself.
 */
export function nextSelection(
  current: LibrarySelection,
  order: readonly string[],
  id: string,
  gesture: 'only' | 'toggle' | 'range' | 'addRange'
): LibrarySelection {
  if (gesture === 'only') return { ids: [id], anchorId: id }
  if (gesture === 'toggle') {
    const ids = current.ids.includes(id) ? current.ids.filter((x) => x !== id) : [...current.ids, id]
    return { ids, anchorId: id }
  }
  const anchorId = current.anchorId !== null && order.includes(current.anchorId) ? current.anchorId : id
  const [a, b] = [order.indexOf(anchorId), order.indexOf(id)]
  const range = b < 0 ? [id] : order.slice(Math.min(a, b), Math.max(a, b) + 1)
  if (gesture === 'range') return { ids: range, anchorId }
  return { ids: [...current.ids, ...range.filter((x) => !current.ids.includes(x))], anchorId }
}
