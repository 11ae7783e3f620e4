let editing: string | null = null

/**
 * Which article's headline is being typed right now. A new article's file is named after its
 * headline, but not while the headline is half-typed ("ferry-crews-vo.md"): the rename waits
 * until the desk leaves the headline field.
 */
export function setEditingHeadline(articleId: string | null): void {
  editing = articleId
}

export function isEditingHeadline(articleId: string): boolean {
  return editing === articleId
}
