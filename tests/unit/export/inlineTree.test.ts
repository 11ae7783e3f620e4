import { describe, expect, it } from 'vitest'
import { inlineTree, type InlineTreeNode } from '../../../src/core/formats/export/inlineTree'
import type { MarkJSON, NodeJSON } from '../../../src/core/model/DocJSON'
import { entity, quote, t } from './fixtureArticle'

/** A compact view of a tree: `[type text…]`. */
const show = (nodes: InlineTreeNode[]): string =>
  nodes.map((n) => (n.kind === 'text' ? n.text : n.kind === 'break' ? '/' : `[${n.mark.type === 'entity' ? String(n.mark.attrs!.entityId) : n.mark.type} ${show(n.children)}]`)).join('')

const all = { keep: (): boolean => true }
const leafy = { keep: (): boolean => true, leaf: (m: MarkJSON): boolean => m.type === 'entity', yields: (m: MarkJSON): boolean => m.type === 'bold' }
const q = quote('Q1', 'direct', null)
const bold = { type: 'bold' }
const br: NodeJSON = { type: 'hardBreak' }

describe('inlineTree', () => {
  it('nests the longer mark outside, an entity inside a quote', () => {
    expect(show(inlineTree([t('“Hi '), t('Ana', entity('ana', 'person')), t('”')].map((n) => ({ ...n, marks: [...(n.marks ?? []), q] })), all))).toBe('[quote “Hi [ana Ana]”]')
  })

  it('closes and reopens a mark that overlaps another', () => {
    expect(show(inlineTree([t('a', bold), t('b', bold, q), t('c', q)], all))).toBe('[bold a[quote b]][quote c]')
  })

  it('keeps leaves innermost, splitting them only for marks that do not yield', () => {
    const ana = entity('ana', 'person')
    expect(show(inlineTree([t('An', ana, bold), t('a', ana)], leafy))).toBe('[ana Ana]')
    expect(show(inlineTree([t('An', ana, bold), t('a', ana)], all))).toBe('[ana [bold An]a]')
    expect(show(inlineTree([t('An', ana), t('a', ana, q), t('!', q)], leafy))).toBe('[ana An][quote [ana a]!]')
  })

  it('lets the longer of two overlapping leaves win', () => {
    const org = entity('port-board', 'organization')
    const place = entity('port', 'place')
    expect(show(inlineTree([t('Port', org, place), t(' Board', org)], leafy))).toBe('[port-board Port Board]')
    expect(show(inlineTree([t('Port', org, place), t(' Board', org)], all))).toBe('[port-board [port Port] Board]')
  })

  it('keeps a break inside marks that continue across it, never inside a leaf', () => {
    expect(show(inlineTree([t('a', q), br, t('b', q)], all))).toBe('[quote a/b]')
    const ana = entity('ana', 'person')
    expect(show(inlineTree([t('a', ana), br, t('b', ana)], leafy))).toBe('[ana a]/[ana b]')
    expect(show(inlineTree([t('a', q), br, t('b')], all))).toBe('[quote a]/b')
  })

  it('drops marks that are not kept, keeping their text', () => {
    expect(show(inlineTree([t('x', { type: 'note', attrs: { noteId: 'n' } }), t('y')], { keep: (m) => m.type !== 'note' }))).toBe('xy')
  })
})
