import { createRequire } from 'node:module'
import type * as Mammoth from 'mammoth'
import { ImportError } from '../../../core/formats/ImportError'
import type { DocxHtml } from '../../../core/formats/importArticle'
import { checkZipArchive, DOCX_LIMITS } from './checkZipArchive'

/** mammoth is loaded on the first Word import, not at app start (like jsdom for HTML). */
const requireCjs = createRequire(import.meta.url)

/**
 * Word styles beyond mammoth's defaults (which map Heading 1–6): the Title paragraph is the
 * headline (read as the leading h1), the Subtitle the standfirst, taken out of the body here.
 */
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => !"]

/** The part of mammoth's document tree read here. */
interface DocxElement {
  type?: string
  styleName?: string | null
  value?: string
  children?: DocxElement[]
}

function plainText(el: DocxElement): string {
  if (el.type === 'text') return el.value ?? ''
  return (el.children ?? []).map(plainText).join('')
}

function collectSubtitles(el: DocxElement, out: string[]): void {
  if (el.type === 'paragraph' && /^subtitle$/i.test(el.styleName ?? '')) {
    const text = plainText(el).replace(/\s+/g, ' ').trim()
    if (text) out.push(text)
    return
  }
  for (const c of el.children ?? []) collectSubtitles(c, out)
}

/**
 * Word never writes a DOCTYPE; one in an XML part can only declare entities (billion laughs,
 * external entities), so the document is refused before mammoth's XML parser sees it.
 */
function refuseDoctype(name: string, data: Uint8Array): void {
  if (!/\.(xml|rels)$/i.test(name)) return
  if (/<!DOCTYPE/i.test(new TextDecoder('latin1').decode(data.subarray(0, 4096)))) {
    throw new ImportError(`The Word document's part ${name.slice(0, 80)} declares a DOCTYPE, which Word never writes; it is not read for safety`)
  }
}

/**
 * Converts a Word (.docx) file to HTML with mammoth, after checkZipArchive has vetted the
 * archive (entry count, declared and actual sizes, compression ratio) and no XML part carries a
 * DOCTYPE. Images are left out (the article's photos are separate, with their credits), no
 * external file is ever read, and the HTML still goes through the sanitiser before the HTML
 * reader sees it.
 */
export async function docxToHtml(bytes: Uint8Array): Promise<DocxHtml> {
  const entries = checkZipArchive(bytes, DOCX_LIMITS, refuseDoctype)
  if (!entries.some((e) => e.name === '[Content_Types].xml')) {
    throw new ImportError('The file is a ZIP archive but not a Word document (.docx)')
  }
  const mammoth = requireCjs('mammoth') as typeof Mammoth
  const subtitles: string[] = []
  let html: string
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        styleMap: STYLE_MAP,
        externalFileAccess: false,
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
        transformDocument: (doc: DocxElement) => {
          collectSubtitles(doc, subtitles)
          return doc
        }
      }
    )
    html = result.value
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]!.slice(0, 200) : String(error)
    throw new ImportError(`The Word document could not be read: ${message}`)
  }
  if (!html.replace(/<[^>]*>/g, '').trim() && !subtitles.length) throw new ImportError('The Word document is empty')
  return { html, ...(subtitles.length ? { standfirst: subtitles.join(' ') } : {}) }
}
