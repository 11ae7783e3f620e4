import type { SearchDoc } from '../../../core/search/SearchDoc'

/** The searchable text of the articles shown last, for snippets and phrase checks (least recently used goes first). */
export class TextCache {
  private readonly docs = new Map<string, SearchDoc>()

  constructor(private readonly capacity = 500) {}

  get(id: string): SearchDoc | undefined {
    const doc = this.docs.get(id)
    if (doc) {
      this.docs.delete(id)
      this.docs.set(id, doc)
    }
    return doc
  }

  set(doc: SearchDoc): void {
    this.docs.delete(doc.id)
    this.docs.set(doc.id, doc)
    if (this.docs.size > this.capacity) this.docs.delete(this.docs.keys().next().value!)
  }

  delete(id: string): void {
    this.docs.delete(id)
  }
}
