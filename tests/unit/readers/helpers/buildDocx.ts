import JSZip from 'jszip'

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** One run of text: plain, bold, or a hyperlink to `href`. */
export type DocxRun = string | { text: string; bold?: boolean; italic?: boolean; href?: string }
/** One paragraph: its Word style name (Title, Subtitle, Heading1…; none is Normal) and runs. */
export interface DocxParagraph {
  style?: 'Title' | 'Subtitle' | 'Heading1' | 'Heading2'
  runs: DocxRun[]
}

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W}">
  <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
  <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>
  <w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/></w:style>
  <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>
  <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style>
</w:styles>`

/**
 * Builds a minimal but real Word document (.docx) in memory: [Content_Types].xml, the package
 * and document relationships, styles (Title, Subtitle, headings) and word/document.xml with
 * the given paragraphs, bold and italic runs and external hyperlinks.
 */
export async function buildDocx(paragraphs: DocxParagraph[], extra: Record<string, string | Uint8Array> = {}): Promise<Uint8Array> {
  const links: string[] = []
  const run = (r: DocxRun): string => {
    const o = typeof r === 'string' ? { text: r } : r
    const props = `${o.bold ? '<w:b/>' : ''}${o.italic ? '<w:i/>' : ''}`
    const inner = `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${esc(o.text)}</w:t></w:r>`
    if (!o.href) return inner
    links.push(o.href)
    return `<w:hyperlink r:id="rIdLink${links.length}">${inner}</w:hyperlink>`
  }
  const body = paragraphs
    .map((p) => `<w:p>${p.style ? `<w:pPr><w:pStyle w:val="${p.style}"/></w:pPr>` : ''}${p.runs.map(run).join('')}</w:p>`)
    .join('\n    ')
  const zip = new JSZip()
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
  <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
  <Default Extension="xml" ContentType="application/xml"/>
  <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
  <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
</Types>`
  )
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
  <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>`
  )
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W}" xmlns:r="${R}">
  <w:body>
    ${body}
  </w:body>
</w:document>`
  )
  zip.file(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
  <Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
  ${links.map((href, i) => `<Relationship Id="rIdLink${i + 1}" Type="${R}/hyperlink" Target="${esc(href)}" TargetMode="External"/>`).join('\n  ')}
</Relationships>`
  )
  zip.file('word/styles.xml', STYLES)
  for (const [name, content] of Object.entries(extra)) zip.file(name, content)
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
}
