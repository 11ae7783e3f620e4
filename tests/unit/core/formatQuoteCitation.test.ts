import { describe, expect, it } from 'vitest'
import { formatQuoteCitation } from '../../../src/core/registry/formatQuoteCitation'

describe('formatQuoteCitation', () => {
  it('wraps a direct quote in curly quotes once, with speaker, headline and day', () => {
    expect(
      formatQuoteCitation({ text: '“The port stays open.”', kind: 'direct', speaker: 'Mara Lind', headline: 'Dockers walk out', date: '2026-03-04T10:00:00Z' })
    ).toBe('“The port stays open.” — Mara Lind, “Dockers walk out” (4 Mar 2026)')
  })
  it('marks reported speech and missing speakers honestly', () => {
    expect(formatQuoteCitation({ text: 'talks would resume', kind: 'indirect', speaker: null, headline: '', date: '' })).toBe(
      'talks would resume — unattributed (reported)'
    )
  })
  it('leaves out a missing headline without a dangling comma', () => {
    expect(formatQuoteCitation({ text: 'Yes.', kind: 'direct', speaker: 'Ola Berg', headline: '', date: '2026-11-25' })).toBe('“Yes.” — Ola Berg (25 Nov 2026)')
  })
  it('names the source when the quote came through one', () => {
    expect(formatQuoteCitation({ text: 'no comment', kind: 'partial', speaker: 'Ola Berg', headline: 'H', date: '2026-01-02', source: 'Reuters' })).toBe(
      '“no comment” — Ola Berg, via Reuters, “H” (2 Jan 2026)'
    )
  })
})
