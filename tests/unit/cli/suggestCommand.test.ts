import { mkdtemp, mkdir, writeFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { afterEach, describe, expect, it } from 'vitest'
import { suggestCommand } from '../../../src/cli/suggestCommand'
import { main } from '../../../src/cli/main'

const dirs: string[] = []
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })))
})

function capture(): { io: { stdout(t: string): void; stderr(t: string): void }; out: () => string; err: () => string } {
  let out = ''
  let err = ''
  return { io: { stdout: (t) => void (out += t), stderr: (t) => void (err += t) }, out: () => out, err: () => err }
}

describe('copydesk suggest', () => {
  it('--jsonl: one line out per line in, offsets into the text as given, contract fields only', async () => {
    const c = capture()
    const text = 'Harbour master Ines Kovač said: “We acted on every report.” She added that a review would follow.'
    const stdin = Readable.from([`${JSON.stringify({ id: 'd1', text })}\n`, '\n', `${JSON.stringify({ id: 2, text: 'no news today.' })}\n`])
    expect(await suggestCommand(['--jsonl'], c.io, stdin)).toBe(0)
    const lines = c.out().trim().split('\n').map((l) => JSON.parse(l))
    expect(lines.map((l) => l.id)).toEqual(['d1', 2])
    const person = lines[0].entities.find((e: { text: string }) => e.text === 'Ines Kovač')
    expect(text.slice(person.start, person.end)).toBe('Ines Kovač')
    expect(Object.keys(person).sort()).toEqual(['confidence', 'end', 'start', 'text', 'type'])
    const direct = lines[0].quotes.find((q: { kind: string }) => q.kind === 'direct')
    expect(direct.text).toBe('“We acted on every report.”')
    expect(text.slice(direct.start, direct.end)).toBe(direct.text)
    expect(direct.speaker.name).toBe('Ines Kovač')
    expect(direct).not.toHaveProperty('group')
    expect(lines[1]).toEqual({ id: 2, entities: [], quotes: [] })
  })

  it('links known entities from --workspace', async () => {
    const ws = await mkdtemp(join(tmpdir(), 'copydesk-cli-'))
    dirs.push(ws)
    await mkdir(join(ws, 'entities'))
    await writeFile(join(ws, 'entities', 'ines-kovac.yaml'), 'type: person\nname: Ines Kovač\naliases: [Kovač]\n')
    const c = capture()
    const stdin = Readable.from([`${JSON.stringify({ id: 'x', text: 'Later, Kovač said the port would reopen.' })}\n`])
    await suggestCommand(['--jsonl', '--workspace', ws], c.io, stdin)
    const line = JSON.parse(c.out())
    expect(line.entities).toContainEqual(expect.objectContaining({ text: 'Kovač', type: 'person', entityId: 'ines-kovac' }))
  })

  it('refuses bad stdin lines and bad usage with one line and an exit code', async () => {
    const c = capture()
    await expect(suggestCommand(['--jsonl'], c.io, Readable.from(['{"id":"a"}\n']))).rejects.toThrow(/stdin line 1: expected \{"id","text"\}/)
    await expect(suggestCommand(['--jsonl'], c.io, Readable.from(['not json\n']))).rejects.toThrow(/stdin line 1: not JSON/)
    const m = capture()
    expect(await main(['suggest'], m.io)).toBe(2)
    expect(m.err()).toMatch(/^copydesk: suggest needs one file/)
  })

  it('a file: suggestions over its text, which the JSON output includes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'copydesk-cli-'))
    dirs.push(dir)
    const file = join(dir, 'story.txt')
    await writeFile(file, 'Photo:: Jan Novak / Baltic Wire\nUnion leader Piet Aalders told reporters: “We warned them.”\n')
    const c = capture()
    expect(await main(['suggest', file, '--json'], c.io)).toBe(0)
    const out = JSON.parse(c.out())
    expect(out.text).toBe('Union leader Piet Aalders told reporters: “We warned them.”')
    expect(out.quotes[0]).toMatchObject({ text: '“We warned them.”', speaker: { name: 'Piet Aalders' } })
  })
})
