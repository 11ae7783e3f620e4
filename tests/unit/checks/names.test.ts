import { describe, expect, it } from 'vitest'
import { buildRegistryIndex } from '../../../src/core/suggest/buildRegistryIndex'
import { article, doc, entity, p } from './helpers/doc'
import { findingsOf } from './helpers/findings'

describe('a name spelled two ways', () => {
  const body = doc(
    p('Defence Minister Yusuf Qaderi arrived on Monday.'),
    p('Qaderi said the talks would go on.'),
    p('A letter was passed on via Kaderi, officials said.')
  )

  it('warns once, names both spellings and jumps to the odd one out', () => {
    const found = findingsOf(article(body), 'spelling-variant')
    expect(found).toEqual([
      {
        id: 'spelling-variant',
        key: 'spelling-variant:kaderi/qaderi',
        severity: 'warning',
        message: 'A name is spelled two ways: “Qaderi” (2 times) and “Kaderi” (once) — pick one spelling (most likely “Qaderi”) throughout, unless they are different people.',
        blockIndex: 2,
        target: { kind: 'body', blockIndex: 2, from: 27, to: 33 }
      }
    ])
  })

  it('prefers the registry spelling when the caller has a registry', () => {
    const registry = buildRegistryIndex([{ id: 'yusuf-kaderi', type: 'person', name: 'Yusuf Kaderi', aliases: [] }])
    const [f] = findingsOf(article(body), 'spelling-variant', { registry })
    expect(f?.message).toMatch(/use the registry's “Kaderi”/)
    expect(f?.target).toEqual({ kind: 'body', blockIndex: 0, from: 23, to: 29 })
    expect(f?.key).toBe('spelling-variant:kaderi/qaderi')
  })

  it('is quiet when the name is spelled one way', () => {
    const a = article(doc(p('Defence Minister Yusuf Qaderi arrived.'), p('Qaderi said the talks would go on.')))
    expect(findingsOf(a, 'spelling-variant')).toEqual([])
  })
})

describe('suggested entities left untagged', () => {
  const text = 'Union leader Piotr Nowak met Mayor John Harris in Oslo on Monday.'

  it('warns per name the suggester is sure of, jumping to the first untagged mention', () => {
    const found = findingsOf(article(doc(p(text))), 'untagged-entity')
    expect(found.map((f) => f.key)).toEqual(['untagged-entity:person:piotr nowak', 'untagged-entity:person:john harris', 'untagged-entity:place:oslo'])
    expect(found[0]).toEqual({
      id: 'untagged-entity',
      key: 'untagged-entity:person:piotr nowak',
      severity: 'warning',
      message: '“Piotr Nowak” looks like a person but is not tagged (once) — tag it, or dismiss the suggestion.',
      blockIndex: 0,
      target: { kind: 'body', blockIndex: 0, from: 13, to: 24 }
    })
    expect(found[2]?.message).toBe('“Oslo” looks like a place but is not tagged (once) — tag it, or dismiss the suggestion.')
  })

  it('is quiet about names already tagged', () => {
    const a = article(
      doc(p('Union leader ', ['Piotr Nowak', entity('piotr-nowak')], ' met Mayor ', ['John Harris', entity('john-harris')], ' in ', ['Oslo', entity('oslo', 'place')], ' on Monday.'))
    )
    expect(findingsOf(a, 'untagged-entity')).toEqual([])
  })

  it('counts a surname alone with the full name, tagged or not', () => {
    const later = p('Nowak said the port would reopen. Nowak left.')
    const a = article(doc(p(text), later))
    expect(findingsOf(a, 'untagged-entity').filter((f) => f.message.includes('Nowak')).map((f) => f.message)).toEqual([
      '“Piotr Nowak” / “Nowak” looks like a person but is not tagged (3 times) — tag it, or dismiss the suggestion.'
    ])
    const b = article(doc(p('Union leader ', ['Piotr Nowak', entity('piotr-nowak')], ' met Mayor John Harris in Oslo on Monday.'), later))
    const nowak = findingsOf(b, 'untagged-entity').filter((f) => f.message.includes('Nowak'))
    expect(nowak.map((f) => [f.message, f.target])).toEqual([
      ['“Nowak” (Piotr Nowak) looks like a person but is not tagged (2 times) — tag it, or dismiss the suggestion.', { kind: 'body', blockIndex: 1, from: 0, to: 5 }]
    ])
  })

  it('respects the threshold and the desk’s rejections', () => {
    expect(findingsOf(article(doc(p(text))), 'untagged-entity', { untaggedConfidence: 1.01 })).toEqual([])
    expect(findingsOf(article(doc(p(text))), 'untagged-entity', { untaggedConfidence: 0.85 }).map((f) => f.key)).toEqual([
      'untagged-entity:person:john harris',
      'untagged-entity:place:oslo'
    ])
    const rejected = findingsOf(article(doc(p(text)), { rejected: ['entity:person:Piotr Nowak', 'Oslo'] }), 'untagged-entity')
    expect(rejected.map((f) => f.key)).toEqual(['untagged-entity:person:john harris'])
  })

  it('links to the registry entity when the caller has one, keeping the same key', () => {
    const registry = buildRegistryIndex([{ id: 'piotr-nowak', type: 'person', name: 'Piotr Nowak', aliases: [] }])
    const found = findingsOf(article(doc(p(text))), 'untagged-entity', { registry })
    expect(found[0]?.key).toBe('untagged-entity:person:piotr nowak')
  })
})
