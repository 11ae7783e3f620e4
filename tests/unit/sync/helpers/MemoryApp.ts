import { decideAppUpdate } from '../../../../src/core/sync/decideAppUpdate'
import type { AppArticle, AppPort, AppUpdate } from '../../../../src/core/sync/ports'

export interface ModelArticle {
  id: string
  path: string
  content: string
  fileHash: string | null
  trashed: boolean
  conflictOf?: string
  /** The outbox entry: the seq of the last unsynced change. */
  pending: number | null
  /**
   * The revision history: every version the sync put into the store (the renderer records a
   * revision of each outside change it imports). Unsynced edits are never put here (the real
   * store also keeps one before a merge; the model does not), so a merge that dropped one is
   * seen as a loss.
   */
  history: string[]
}

/**
 * The app's store as the sync sees it (AppPort), modelled on the renderer's Dexie tables:
 * articles with their serialized text, the hash of the file version they come from, and an
 * outbox seq. Updates are applied with decideAppUpdate, as the renderer will.
 */
export class MemoryApp implements AppPort {
  readonly articles = new Map<string, ModelArticle>()
  private seq = 0

  constructor(private readonly beforeOp: () => Promise<void> = async () => {}) {}

  async snapshot(): Promise<AppArticle[]> {
    await this.beforeOp()
    return [...this.articles.values()].map((a) => ({
      id: a.id,
      path: a.path,
      fileHash: a.fileHash,
      trashed: a.trashed,
      pending: a.pending === null ? null : { seq: a.pending, content: a.content }
    }))
  }

  async apply(updates: readonly AppUpdate[]): Promise<void> {
    await this.beforeOp()
    for (const u of updates) {
      const current = this.articles.get(u.id)
      const view: AppArticle | undefined = current && {
        id: current.id,
        path: current.path,
        fileHash: current.fileHash,
        trashed: current.trashed,
        pending: current.pending === null ? null : { seq: current.pending, content: current.content }
      }
      const decision = decideAppUpdate(view, u)
      if (decision.kind === 'keepNewer') {
        current!.path = decision.path
        current!.fileHash = decision.fileHash
        continue
      }
      const content = u.content ?? current?.content
      if (content === undefined) continue // nothing to show for an article this store never had
      const history = current?.history ?? []
      if (history[history.length - 1] !== content) history.push(content)
      this.articles.set(u.id, {
        history,
        id: u.id,
        path: u.path,
        content,
        fileHash: u.fileHash,
        trashed: u.trashed,
        ...(u.conflictOf ?? current?.conflictOf ? { conflictOf: u.conflictOf ?? current?.conflictOf } : {}),
        pending: null
      })
    }
  }

  create(id: string, path: string, content: string): void {
    this.articles.set(id, { id, path, content, fileHash: null, trashed: false, pending: ++this.seq, history: [] })
  }

  edit(id: string, content: string): void {
    const a = this.articles.get(id)!
    a.content = content
    a.pending = ++this.seq
  }

  trash(id: string): void {
    const a = this.articles.get(id)!
    a.trashed = true
    a.pending = ++this.seq
  }

  restore(id: string): void {
    const a = this.articles.get(id)!
    a.trashed = false
    a.path = `articles/${a.path.slice(a.path.lastIndexOf('/') + 1)}`
    a.pending = ++this.seq
  }

  wipe(): void {
    this.articles.clear()
  }

  live(): ModelArticle[] {
    return [...this.articles.values()].filter((a) => !a.trashed)
  }
}
