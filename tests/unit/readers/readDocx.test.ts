import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { ImportError } from '../../../src/core/formats/ImportError'
import { checkZipArchive, DOCX_LIMITS } from '../../../src/main/services/docx/checkZipArchive'
import { importFile } from '../../../src/main/services/files/importFile'
import { buildDocx } from './helpers/buildDocx'
import { blockTexts, marked } from './helpers/docText'

const story = (): Promise<Uint8Array> =>
  buildDocx([
    { style: 'Title', runs: ['Norvik suspends night ferries'] },
    { style: 'Subtitle', runs: ['Harbour master cites a week of fog'] },
    { runs: ['The harbour authority ', { text: 'suspended', bold: true }, ' all night crossings, ', { text: 'the council site', href: 'https://example.org/ferries' }, ' says.'] },
    { style: 'Heading2', runs: ['Islanders push back'] },
    { runs: [{ text: 'Every one of them', italic: true }, ' has somewhere to be.'] },
    { runs: [{ text: 'bad link', href: 'javascript:alert(1)' }] }
  ])

/** Sets a 32-bit little-endian field in every central-directory header. */
function patchCentral(bytes: Uint8Array, offset: number, value: number): Uint8Array {
  const out = bytes.slice()
  const view = new DataView(out.buffer)
  for (let i = 0; i + 4 <= out.length; i++) if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + offset, value, true)
  return out
}

describe('Word (.docx) import: mammoth, then the sanitiser, then the HTML reader', () => {
  it('reads the Title as headline, the Subtitle as standfirst, paragraphs, subheads, bold, italic and links', async () => {
    const article = await importFile('story.docx', await story())
    expect(article.headline).toBe('Norvik suspends night ferries')
    expect(article.standfirst).toBe('Harbour master cites a week of fog')
    expect(article.body.content.map((b) => b.type)).toEqual(['paragraph', 'heading', 'paragraph', 'paragraph'])
    expect(blockTexts(article.body)).toEqual([
      'The harbour authority suspended all night crossings, the council site says.',
      'Islanders push back',
      'Every one of them has somewhere to be.',
      'bad link'
    ])
    expect(marked(article.body, 'bold').map((r) => r.text)).toEqual(['suspended'])
    expect(marked(article.body, 'italic').map((r) => r.text)).toEqual(['Every one of them'])
    expect(marked(article.body, 'link')).toEqual([{ text: 'the council site', attrs: { href: 'https://example.org/ferries' } }])
  })

  it('takes a leading Heading 1 as the headline', async () => {
    const bytes = await buildDocx([{ style: 'Heading1', runs: ['Glassworks reopens'] }, { runs: ['Body text.'] }])
    const article = await importFile('glass.docx', bytes)
    expect(article.headline).toBe('Glassworks reopens')
    expect(blockTexts(article.body)).toEqual(['Body text.'])
  })

  it('refuses files that are not Word documents, empty documents and damaged archives', async () => {
    await expect(importFile('x.docx', new TextEncoder().encode('hello'))).rejects.toThrow(/not a readable ZIP archive/)
    const zip = new JSZip()
    zip.file('readme.txt', 'hi')
    await expect(importFile('x.docx', await zip.generateAsync({ type: 'uint8array' }))).rejects.toThrow(/not a Word document/)
    await expect(importFile('empty.docx', await buildDocx([]))).rejects.toThrow(/The Word document is empty/)
    const bytes = await story()
    await expect(importFile('cut.docx', bytes.slice(0, bytes.length - 30))).rejects.toThrow(ImportError)
  })
})

describe('checkZipArchive: the archive is vetted before anything unpacks it', () => {
  it('lists the entries of a sound archive', async () => {
    const names = checkZipArchive(await story()).map((e) => e.name)
    expect(names).toContain('word/document.xml')
  })

  it('refuses a zip bomb by its compression ratio', async () => {
    const bytes = await buildDocx([{ runs: ['x'] }], { 'word/media/zeros.bin': new Uint8Array(20 * 1024 * 1024) })
    const start = performance.now()
    await expect(importFile('bomb.docx', bytes)).rejects.toThrow(/compressed more than 100 to 1/)
    expect(performance.now() - start).toBeLessThan(2000)
  })

  it('refuses an archive that unpacks to more than it declares', async () => {
    const bytes = await buildDocx([{ runs: ['Some body text for the document.'] }])
    // Declare every entry one byte long: inflating stops at the cap and the lie is caught.
    expect(() => checkZipArchive(patchCentral(bytes, 24, 1))).toThrow(/unpacks to more than it declares/)
  })

  it('refuses too many entries and too many bytes in total', async () => {
    const zip = new JSZip()
    for (let i = 0; i < DOCX_LIMITS.maxEntries + 1; i++) zip.file(`f${i}.xml`, '<a/>')
    const many = await zip.generateAsync({ type: 'uint8array' })
    expect(() => checkZipArchive(many)).toThrow(/1001 entries; at most 1000/)
    const bytes = await buildDocx([{ runs: ['x'] }])
    expect(() => checkZipArchive(bytes, { ...DOCX_LIMITS, maxTotalBytes: 100 })).toThrow(/would unpack to more than/)
  })

  it('refuses encrypted entries', async () => {
    const bytes = await buildDocx([{ runs: ['x'] }])
    const out = bytes.slice()
    const view = new DataView(out.buffer)
    for (let i = 0; i + 4 <= out.length; i++) if (view.getUint32(i, true) === 0x02014b50) view.setUint16(i + 8, view.getUint16(i + 8, true) | 1, true)
    expect(() => checkZipArchive(out)).toThrow(/password-protected/)
  })
})

describe('Word documents with entity tricks in their XML', () => {
  it('refuses a DOCTYPE in any XML part before mammoth parses it', async () => {
    const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
    const lol = `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY xxe SYSTEM "file:///etc/passwd">]><w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>&lol1; &xxe;</w:t></w:r></w:p></w:body></w:document>`
    const bytes = await buildDocx([{ runs: ['x'] }], { 'word/document.xml': lol })
    await expect(importFile('lol.docx', bytes)).rejects.toThrow(/word\/document\.xml declares a DOCTYPE/)
  })
})
