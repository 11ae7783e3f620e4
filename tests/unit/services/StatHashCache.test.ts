import { describe, expect, it } from 'vitest'
import { StatHashCache } from '../../../src/main/services/fs/StatHashCache'

const stamp = { mtimeMs: 1_000, size: 10, ino: 7 }

describe('StatHashCache', () => {
  it('reuses a hash only while mtime, size and inode are unchanged and the file was not racy-new', () => {
    const cache = new StatHashCache()
    cache.set('a.md', stamp, 'h1', 10_000)
    expect(cache.get('a.md', stamp)).toBe('h1')
    expect(cache.get('a.md', { ...stamp, size: 11 })).toBeUndefined()
    expect(cache.get('a.md', { ...stamp, mtimeMs: 1_001 })).toBeUndefined()
    expect(cache.get('a.md', { ...stamp, ino: 8 })).toBeUndefined()
    // Hashed within the racy window of its mtime: a same-size edit could keep that mtime.
    cache.set('b.md', stamp, 'h2', 2_000)
    expect(cache.get('b.md', stamp)).toBeUndefined()
  })

  it('follows a rename and forgets files no longer present', () => {
    const cache = new StatHashCache()
    cache.set('articles/a.md', stamp, 'h1', 10_000)
    cache.set('entities/x.yaml', stamp, 'h2', 10_000)
    cache.move('articles/a.md', 'articles/b.md')
    expect(cache.get('articles/a.md', stamp)).toBeUndefined()
    expect(cache.get('articles/b.md', stamp)).toBe('h1')
    cache.prune(new Set(), (p) => p.startsWith('articles/'))
    expect(cache.get('articles/b.md', stamp)).toBeUndefined()
    expect(cache.get('entities/x.yaml', stamp)).toBe('h2')
  })
})
