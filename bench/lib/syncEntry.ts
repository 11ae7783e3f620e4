/**
 * What the sync bench runs, bundled by esbuild (see syncBench.ts) the way electron-vite bundles
 * main: main's WorkspaceSync over the real folder port and base store, the planner for the
 * breakdown, the renderer's reader for the parse figure, and the fixture writer.
 */
export { readArticleMarkdown } from '../../src/core/formats/markdown/readArticleMarkdown'
export { DEFAULT_SYNC_OPTIONS, initialReads, planSync } from '../../src/core/sync/planSync'
export { SyncEngine } from '../../src/core/sync/SyncEngine'
export { sha256Hex } from '../../src/main/services/fs/sha256Hex'
export { NodeBaseStore } from '../../src/main/services/sync/NodeBaseStore'
export { NodeFolderPort } from '../../src/main/services/sync/NodeFolderPort'
export { SyncState } from '../../src/main/services/sync/SyncState'
export { WorkspaceSync } from '../../src/main/services/sync/WorkspaceSync'
export { mapWithConcurrency } from '../../src/main/services/util/mapWithConcurrency'
export { appendParagraphs, writeSyncWorkspace } from './syncWorkspace'
