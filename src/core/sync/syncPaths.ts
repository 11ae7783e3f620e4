/** Where article files live in a workspace (DESIGN.md, "Workspace folder"). */
export const ARTICLES_DIR = 'articles'
export const TRASH_DIR = '.trash/articles'

export type ConflictTool = 'syncthing' | 'dropbox' | 'owncloud' | 'git'

export type ClassifiedPath =
  | { kind: 'article'; trashed: boolean; name: string }
  /** A copy another sync tool made when it saw two edits; `original` is the file it is a copy of. */
  | { kind: 'toolConflict'; trashed: boolean; name: string; tool: Exclude<ConflictTool, 'git'>; original: string }

const SYNCTHING = /^(.*)\.sync-conflict-\d{8}-\d{6}(?:-[A-Za-z0-9]+)?(\.md)$/
/** Dropbox, Nextcloud: `x (Bob's conflicted copy 2024-05-01).md`, `x (Case Conflict).md`. */
const DROPBOX = /^(.*?) \((?:[^()]*conflicted copy[^()]*|Case Conflict(?: \d+)?)\)(\.md)$/i
/** ownCloud: `x_conflict-20240501-120000.md`. */
const OWNCLOUD = /^(.*)_conflict-\d{8}-\d{6}(\.md)$/

/**
 * What a workspace path is to the sync: an article (`articles/<name>.md`, or in
 * `.trash/articles/`), another tool's conflict copy of one, or nothing (null) — temp files
 * (`x.md.12345`), dot-files editors leave (`.#x.md`, `._x.md`), anything in other folders.
 */
export function classifyPath(path: string): ClassifiedPath | null {
  const slash = path.lastIndexOf('/')
  const dir = path.slice(0, Math.max(0, slash))
  const name = path.slice(slash + 1)
  const trashed = dir === TRASH_DIR
  if (!trashed && dir !== ARTICLES_DIR) return null
  if (!name.endsWith('.md') || name.length <= 3 || name.startsWith('.')) return null
  for (const [tool, pattern] of [['syncthing', SYNCTHING], ['dropbox', DROPBOX], ['owncloud', OWNCLOUD]] as const) {
    const m = pattern.exec(name)
    if (m && m[1]) return { kind: 'toolConflict', trashed, name, tool, original: `${dir}/${m[1]}${m[2]}` }
  }
  return { kind: 'article', trashed, name }
}

/** Paths that name the same file on some file system: Unicode normalization (macOS) and case (macOS, Windows). */
export function collisionKey(path: string): string {
  return path.normalize('NFC').toLowerCase()
}

/** Two spellings of one name that differ only in Unicode normalization (NFC vs NFD). */
export function sameName(a: string, b: string): boolean {
  return a === b || a.normalize('NFC') === b.normalize('NFC')
}

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
}

export function stemOf(path: string): string {
  return baseName(path).replace(/\.md$/, '')
}

/**
 * Free file names, avoiding every name that exists or is already planned — compared by
 * collisionKey, so a new `Foo.md` never lands on `foo.md` on a case-insensitive disk.
 */
export class NameAllocator {
  private readonly taken = new Set<string>()

  constructor(existing: Iterable<string>) {
    for (const p of existing) this.taken.add(collisionKey(p))
  }

  isFree(path: string): boolean {
    return !this.taken.has(collisionKey(path))
  }

  claim(path: string): void {
    this.taken.add(collisionKey(path))
  }

  release(path: string): void {
    this.taken.delete(collisionKey(path))
  }

  /** `dir/stem.md`, else `dir/stem-2.md`, `dir/stem-3.md`…; claimed before it is returned. */
  allocate(dir: string, stem: string): string {
    for (let n = 1; ; n++) {
      const path = `${dir}/${n === 1 ? stem : `${stem}-${n}`}.md`
      if (this.isFree(path)) {
        this.claim(path)
        return path
      }
    }
  }
}
