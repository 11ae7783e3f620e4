/** A library row's classes: `selected` when it is in the selection, `current` when it is open in the editor. */
export function rowClass(base: string, selected: boolean, current: boolean | undefined): string {
  return `${base}${selected ? ' selected' : ''}${current ? ' current' : ''}`
}
