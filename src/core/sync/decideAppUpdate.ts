import type { AppArticle, AppUpdate } from './ports'

export type AppDecision =
  /** Take the update: content (unless undefined), path, fileHash, trashed; clear the outbox entry. */
  | { kind: 'replace' }
  /**
   * The app edited the article after the plan was made: keep its content, trashed state and
   * outbox entry; take only the new path and, when the update is exactly the app's own earlier
   * content, the new fileHash (the newer edit builds on what is now in the folder).
   */
  | { kind: 'keepNewer'; path: string; fileHash: string | null }

/**
 * How the app applies an update from the sync (the compare-and-swap on the outbox seq). Pure,
 * so the renderer's store and the test model apply updates in exactly the same way.
 */
export function decideAppUpdate(current: AppArticle | undefined, update: AppUpdate): AppDecision {
  if (!current || !current.pending || current.pending.seq === update.expectSeq) return { kind: 'replace' }
  const rebased = update.contentIsApps && update.expectSeq !== null && update.expectSeq < current.pending.seq
  return {
    kind: 'keepNewer',
    // A path of the other state (a trash path for a live article) would send the next write astray.
    path: update.trashed === current.trashed ? update.path : current.path,
    fileHash: rebased ? update.fileHash : current.fileHash
  }
}
