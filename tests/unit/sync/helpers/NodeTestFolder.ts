import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { SyncAbort, type FolderListing, type MoveResult, type ReadResult, type WriteResult } from '../../../../src/core/sync/ports'
import { NodeFolderPort } from '../../../../src/main/services/sync/NodeFolderPort'
import type { TestFolder } from './world'

/**
 * A real temp folder for the model test: the sync goes through NodeFolderPort (atomic writes,
 * fsyncs, compare-and-swap, no-clobber moves); the model's other tools change it with plain
 * fs calls. A crash is a temp file left beside the target and the write abandoned, as a killed
 * process leaves it; an unmount moves the whole folder away.
 */
export class NodeTestFolder implements TestFolder {
  readonly port: NodeFolderPort
  crashAfterWrites: number | null = null
  private readonly away: string
  private temps = 0

  constructor(
    readonly root: string,
    beforeOp: () => Promise<void> = async () => {},
    maxFileBytes?: number
  ) {
    this.away = `${root}-away`
    mkdirSync(join(root, 'articles'), { recursive: true })
    writeFileSync(join(root, 'copydesk.json'), '{"format":"copydesk-workspace","version":1}\n')
    this.port = new NodeFolderPort(root, {
      retry: { attempts: 3, delayMs: 1 },
      ...(maxFileBytes === undefined ? {} : { maxFileBytes }),
      faults: async (op, path) => {
        await beforeOp()
        if (op !== 'write' || this.crashAfterWrites === null) return
        if (this.crashAfterWrites <= 0) {
          this.crashAfterWrites = null
          writeFileSync(`${this.abs(path)}.${++this.temps}4242`, 'partial')
          throw new SyncAbort(`simulated crash while writing ${path}`)
        }
        this.crashAfterWrites--
      }
    })
  }

  get reachable(): boolean {
    return existsSync(this.root)
  }

  set reachable(value: boolean) {
    if (value && !existsSync(this.root)) renameSync(this.away, this.root)
    if (!value && existsSync(this.root)) renameSync(this.root, this.away)
  }

  hash(content: string): string {
    return this.port.hash(content)
  }

  list(): Promise<FolderListing> {
    return this.port.list()
  }

  read(path: string): Promise<ReadResult> {
    return this.port.read(path)
  }

  write(path: string, content: string, expect: string | null): Promise<WriteResult> {
    return this.port.write(path, content, expect)
  }

  move(from: string, to: string, expect: string): Promise<MoveResult> {
    return this.port.move(from, to, expect)
  }

  put(path: string, content: string | Uint8Array): void {
    mkdirSync(dirname(this.abs(path)), { recursive: true })
    writeFileSync(this.abs(path), content)
  }

  get(path: string): string | undefined {
    try {
      return readFileSync(this.abs(path), 'utf8')
    } catch {
      return undefined
    }
  }

  remove(path: string): boolean {
    if (!existsSync(this.abs(path))) return false
    rmSync(this.abs(path))
    return true
  }

  rename(from: string, to: string): boolean {
    if (!existsSync(this.abs(from))) return false
    mkdirSync(dirname(this.abs(to)), { recursive: true })
    renameSync(this.abs(from), this.abs(to))
    return true
  }

  sameFile(a: string, b: string): boolean {
    return a === b
  }

  paths(): string[] {
    const out: string[] = []
    for (const dir of ['articles', '.trash/articles']) {
      const abs = join(existsSync(this.root) ? this.root : this.away, dir)
      if (!existsSync(abs)) continue
      for (const name of readdirSync(abs)) if (statSync(join(abs, name)).isFile()) out.push(`${dir}/${name}`)
    }
    return out.sort()
  }

  entries(): { path: string; text: string }[] {
    return this.paths().map((path) => ({ path, text: this.get(path) ?? '' }))
  }

  /** Where the files are now: the folder, or where an unmount moved it (the model still sees them). */
  private abs(path: string): string {
    return join(existsSync(this.root) ? this.root : this.away, ...path.split('/'))
  }
}
