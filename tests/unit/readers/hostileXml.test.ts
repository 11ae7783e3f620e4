import { describe, expect, it } from 'vitest'
import { ImportError } from '../../../src/core/formats/ImportError'
import { readNitf } from '../../../src/core/formats/nitf/readNitf'
import { blockTexts } from './helpers/docText'
import { readerFixtureText } from './helpers/readerFixture'

/** Runs a reader and returns how it failed, timing it: a hostile file must fail fast, never hang. */
function refusal(run: () => unknown): { error: unknown; ms: number } {
  const start = performance.now()
  try {
    run()
  } catch (error) {
    return { error, ms: performance.now() - start }
  }
  return { error: null, ms: performance.now() - start }
}

describe('untrusted XML', () => {
  it('refuses a billion-laughs document at once, without expanding anything', () => {
    const { error, ms } = refusal(() => readNitf(readerFixtureText('billion-laughs.xml')))
    expect(error).toBeInstanceOf(ImportError)
    expect((error as Error).message).toMatch(/declares its own entities/)
    expect(ms).toBeLessThan(1000)
  })

  it('refuses external entities and parameter entities without fetching them', () => {
    const { error } = refusal(() => readNitf(readerFixtureText('external-entity.xml')))
    expect(error).toBeInstanceOf(ImportError)
    expect((error as Error).message).not.toMatch(/root:/)
  })

  it('never expands an undeclared entity: it stays as text', () => {
    const article = readNitf('<nitf><body><body.content><p>A &secret; B</p></body.content></body></nitf>')
    expect(blockTexts(article.body)).toEqual(['A &secret; B'])
  })

  it('reports malformed XML in one line', () => {
    const { error } = refusal(() => readNitf('<nitf><body><p>unclosed</body></nitf>'))
    expect(error).toBeInstanceOf(ImportError)
    expect((error as Error).message).toMatch(/^The file is not well-formed XML: /)
    expect((error as Error).message).not.toContain('\n')
  })

  it('refuses files over the size limit before parsing', () => {
    const big = `<nitf><body><body.content>${'<p>x</p>'.repeat(700_000)}</body.content></body></nitf>`
    const { error, ms } = refusal(() => readNitf(big))
    expect((error as Error).message).toMatch(/larger than 5 MB/)
    expect(ms).toBeLessThan(500)
  })

  it('refuses pathological nesting instead of overflowing the stack', () => {
    const deep = `<nitf><body><body.content>${'<block>'.repeat(5000)}<p>deep</p>${'</block>'.repeat(5000)}</body.content></body></nitf>`
    const { error } = refusal(() => readNitf(deep))
    expect(error).toBeInstanceOf(ImportError)
    expect((error as Error).message).toMatch(/nests its elements more than/)
  })

  it('refuses XML that is neither NITF nor NewsML-G2', () => {
    expect(() => readNitf('<rss version="2.0"><channel/></rss>')).toThrow(/neither NITF nor NewsML-G2 \(its root element is <rss>\)/)
  })

  it('keeps only http(s) and mailto links', () => {
    const article = readNitf(
      '<nitf><body><body.content><p><a href="javascript:alert(1)">a</a> <a href="data:text/html,x">b</a> <a href="file:///etc/passwd">c</a> <a href="mailto:desk@example.org">d</a></p></body.content></body></nitf>'
    )
    const links = article.body.content[0]!.content!.filter((n) => n.marks?.some((m) => m.type === 'link'))
    expect(links.map((n) => n.text)).toEqual(['d'])
  })

  it('never lets a photo point outside media/', () => {
    const article = readNitf(
      '<nitf><body><body.head><hedline><hl1>H</hl1></hedline></body.head><body.content><media media-type="image"><media-reference source="media/../../etc/passwd"/><media-producer>A / B</media-producer></media><media media-type="image"><media-reference source="/etc/x.jpg"/><media-producer>C</media-producer></media></body.content></body></nitf>'
    )
    expect(article.photos.map((p) => p.file)).toEqual([undefined, undefined])
  })
})
