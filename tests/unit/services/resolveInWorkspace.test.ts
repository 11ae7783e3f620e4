import { mkdir, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { resolveInWorkspace } from '../../../src/main/services/fs/resolveInWorkspace'
import { tempDirs } from './helpers/tempDirs'

const tmp = tempDirs()

describe('resolveInWorkspace', () => {
  it('resolves relative paths, with forward or back slashes, under the root', async () => {
    const root = await tmp()
    expect(await resolveInWorkspace(root, 'articles/a.md')).toBe(join(root, 'articles', 'a.md'))
    expect(await resolveInWorkspace(root, 'articles\\a.md')).toBe(join(root, 'articles', 'a.md'))
    expect(await resolveInWorkspace(root, './articles//a.md')).toBe(join(root, 'articles', 'a.md'))
    // The folder need not exist yet (a write recreates it).
    expect(await resolveInWorkspace(root, 'new/deep/x.md')).toBe(join(root, 'new', 'deep', 'x.md'))
  })

  it('rejects .., absolute and drive paths with a clear error', async () => {
    const root = await tmp()
    await expect(resolveInWorkspace(root, '../outside.md')).rejects.toThrow(/may not contain ".."/)
    await expect(resolveInWorkspace(root, 'articles/../../x.md')).rejects.toThrow(/may not contain ".."/)
    await expect(resolveInWorkspace(root, 'articles\\..\\..\\x.md')).rejects.toThrow(/may not contain ".."/)
    await expect(resolveInWorkspace(root, '/etc/passwd')).rejects.toThrow(/Absolute paths are not allowed/)
    await expect(resolveInWorkspace(root, '\\\\server\\share')).rejects.toThrow(/Absolute paths are not allowed/)
    await expect(resolveInWorkspace(root, 'C:\\Windows\\x')).rejects.toThrow(/Absolute paths are not allowed/)
    await expect(resolveInWorkspace(root, '')).rejects.toThrow(/Not a valid workspace path/)
    await expect(resolveInWorkspace(root, 'a\0b')).rejects.toThrow(/Not a valid workspace path/)
    await expect(resolveInWorkspace(root, '.')).rejects.toThrow(/Not a file inside the workspace/)
  })

  it('rejects a symlinked folder or file that leads out of the workspace', async () => {
    const root = await tmp()
    const outside = await tmp()
    await writeFile(join(outside, 'secret.md'), 'secret')
    await symlink(outside, join(root, 'articles'), 'dir')
    await expect(resolveInWorkspace(root, 'articles/secret.md')).rejects.toThrow(/symbolic link/)
    await expect(resolveInWorkspace(root, 'articles/new.md')).rejects.toThrow(/symbolic link/)

    const root2 = await tmp()
    await mkdir(join(root2, 'articles'))
    await symlink(join(outside, 'secret.md'), join(root2, 'articles', 'link.md'))
    await expect(resolveInWorkspace(root2, 'articles/link.md')).rejects.toThrow(/symbolic link/)
  })

  it('accepts symlinks that stay inside, and a root that is itself reached through a symlink', async () => {
    const real = await tmp()
    await mkdir(join(real, 'real-articles'))
    await symlink(join(real, 'real-articles'), join(real, 'articles'), 'dir')
    expect(await resolveInWorkspace(real, 'articles/a.md')).toBe(join(real, 'articles', 'a.md'))

    const holder = await tmp()
    await symlink(real, join(holder, 'ws'), 'dir')
    expect(await resolveInWorkspace(join(holder, 'ws'), 'articles/a.md')).toBe(join(holder, 'ws', 'articles', 'a.md'))
  })
})
