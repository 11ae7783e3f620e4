import { describe, expect, it } from 'vitest'
import { parseSanitizedHtml } from '../../../src/main/services/html/parseSanitizedHtml'

/** The test looks at the result as a DOM node; core sees it only as HtmlNodeLike. */
interface DomLike {
  nodeName: string
  textContent: string | null
  innerHTML: string
  querySelectorAll(sel: string): ArrayLike<unknown>
}

describe('parseSanitizedHtml', () => {
  it('returns the sanitised document root: scripts, handlers and javascript: links removed, title kept', () => {
    const html =
      '<html><head><title>t</title><script>steal()</script></head><body>' +
      '<h1 onclick="steal()">Kremlin says</h1><p>“Russia has really supported Iran,” <a href="javascript:steal()">Peskov</a> said.</p>' +
      '<img src="x" onerror="steal()"><iframe src="https://evil.example"></iframe></body></html>'
    const t = performance.now()
    const body = parseSanitizedHtml(html) as unknown as DomLike
    console.log(`first parse (jsdom load included): ${(performance.now() - t).toFixed(0)} ms`)
    // The shared config sanitises the whole document, so the title survives for the headline.
    expect(body.nodeName).toBe('HTML')
    expect(body.querySelectorAll('title')).toHaveLength(1)
    expect(body.textContent).toContain('Kremlin says')
    expect(body.textContent).toContain('Peskov said.')
    expect(body.innerHTML).not.toMatch(/steal|<script|<iframe|onerror|onclick|javascript:/i)
  })

  it('each call gets its own tree (one window reused, nothing shared between documents)', () => {
    const a = parseSanitizedHtml('<p>first</p>') as unknown as DomLike
    const b = parseSanitizedHtml('<p>second</p>') as unknown as DomLike
    expect(a.textContent?.trim()).toBe('first')
    expect(b.textContent?.trim()).toBe('second')
    expect(a.querySelectorAll('p')).toHaveLength(1)
  })
})
