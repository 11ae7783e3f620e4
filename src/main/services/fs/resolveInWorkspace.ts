import { lstat, realpath } from 'node:fs/promises'
import { dirname, isAbsolute, join, posix, relative, resolve } from 'node:path'
import { WorkspaceError } from '../workspace/WorkspaceError'
import { errorCode } from './errorCode'

function isInside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate)
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))
}

/** The real path of `p`, or of its nearest existing ancestor (a file about to be created). */
async function realpathOfExisting(p: string): Promise<string> {
  let current = p
  for (;;) {
    try {
      return await realpath(current)
    } catch (err) {
      if (errorCode(err) !== 'ENOENT' && errorCode(err) !== 'ENOTDIR') throw err
      const parent = dirname(current)
      if (parent === current) throw err
      current = parent
    }
  }
}

/**
 * Turns a workspace-relative path from the renderer into an absolute path inside `root`,
 * or throws a WorkspaceError. The IPC schema already refuses `..` and absolute paths; this
 * is the second line, for every caller (CLI, tests, future channels): backslashes count as
 * separators (Windows), absolute and drive paths and any `..` segment are refused, and a
 * symlinked folder (or file) that leads out of the workspace is refused too, by comparing
 * real paths. The returned path is the lexical one under `root`.
 */
export async function resolveInWorkspace(root: string, relPath: string): Promise<string> {
  const shown = JSON.stringify(relPath.slice(0, 200))
  if (relPath.length === 0 || relPath.includes('\0')) {
    throw new WorkspaceError(`Not a valid workspace path: ${shown}`)
  }
  const slashed = relPath.replace(/\\/g, '/')
  if (slashed.startsWith('/') || /^[a-zA-Z]:/.test(slashed) || isAbsolute(relPath)) {
    throw new WorkspaceError(`Absolute paths are not allowed; give a path inside the workspace: ${shown}`)
  }
  if (slashed.split('/').includes('..')) {
    throw new WorkspaceError(`Paths may not contain "..": ${shown}`)
  }
  const normalized = posix.normalize(slashed).replace(/\/+$/, '')
  if (normalized === '' || normalized === '.') {
    throw new WorkspaceError(`Not a file inside the workspace: ${shown}`)
  }

  const absRoot = resolve(root)
  const target = join(absRoot, ...normalized.split('/'))
  if (!isInside(absRoot, target) || target === absRoot) {
    throw new WorkspaceError(`Path escapes the workspace: ${shown}`)
  }

  // Symlinks: the folder the file lives in must really be inside the workspace…
  const realRoot = await realpathOfExisting(absRoot)
  const realParent = await realpathOfExisting(dirname(target))
  if (!isInside(realRoot, realParent)) {
    throw new WorkspaceError(`Path leads out of the workspace through a symbolic link: ${shown}`)
  }
  // …and so must the file itself when it is a symlink (reading would follow it).
  try {
    const st = await lstat(target)
    if (st.isSymbolicLink()) {
      const realTarget = await realpathOfExisting(target)
      if (!isInside(realRoot, realTarget)) {
        throw new WorkspaceError(`Path leads out of the workspace through a symbolic link: ${shown}`)
      }
    }
  } catch (err) {
    if (err instanceof WorkspaceError) throw err
    if (errorCode(err) !== 'ENOENT' && errorCode(err) !== 'ENOTDIR') throw err
  }
  return target
}
