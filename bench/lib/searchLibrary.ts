/**
 * The search bench's library: 10,000 generated wire articles of about 800 words (bench/lib/
 * wireText.ts), their quotes tagged with the speaker named beside them and the speaker tagged as
 * a person, so the speaker and entity filters have something to find. Pure: runs in the page.
 */
import type { Article } from '../../src/core/model/Article'
import type { DocJSON, NodeJSON } from '../../src/core/model/DocJSON'
import { slugify } from '../../src/core/model/slugify'
import { articleFromWire, LIBRARY_NOW_MS } from './libraryArticles'
import { createRng } from './prng'
import { generateWireArticle } from './wireText'

const QUOTE = /“[^”]*”/
const SPEAKER = /([A-Z][a-z]+ [A-Z][a-z]+) said\b|\bsaid ([A-Z][a-z]+ [A-Z][a-z]+)/

/** A person the library tags: the registry rows the bench stores. */
export interface LibraryPerson {
  id: string
  name: string
}

const mark = (type: string, attrs: Record<string, unknown>) => ({ type, attrs })

/** Tags the first quote of each quoting paragraph (and its speaker, when the paragraph names one). */
function tagParagraph(block: NodeJSON, quoteId: () => string, people: Map<string, LibraryPerson>): NodeJSON {
  const only = block.content?.length === 1 ? block.content[0]! : null
  if (block.type !== 'paragraph' || !only || only.type !== 'text' || only.marks) return block
  const text = only.text ?? ''
  const q = QUOTE.exec(text)
  if (!q) return block
  const named = SPEAKER.exec(text)
  const name = named ? (named[1] ?? named[2])! : null
  const speakerId = name ? slugify(name) : null
  if (name && speakerId) people.set(speakerId, { id: speakerId, name })
  const pieces: NodeJSON[] = []
  const plain = (from: number, to: number): void => {
    if (to <= from) return
    const part = text.slice(from, to)
    const at = name ? part.indexOf(name) : -1
    if (!name || at < 0) return void pieces.push({ type: 'text', text: part })
    if (at > 0) pieces.push({ type: 'text', text: part.slice(0, at) })
    pieces.push({ type: 'text', text: name, marks: [mark('entity', { entityId: speakerId, type: 'person' })] })
    if (at + name.length < part.length) pieces.push({ type: 'text', text: part.slice(at + name.length) })
  }
  plain(0, q.index)
  pieces.push({
    type: 'text',
    text: q[0],
    marks: [mark('quote', { quoteId: quoteId(), speakerId, sourceId: null, kind: 'direct', verified: false })]
  })
  plain(q.index + q[0].length, text.length)
  return { ...block, content: pieces }
}

function tagDoc(doc: DocJSON, prefix: string, people: Map<string, LibraryPerson>): DocJSON {
  let n = 0
  return { type: 'doc', content: doc.content.map((b) => tagParagraph(b, () => `q-${prefix}-${++n}`, people)) }
}

/** `count` articles of 700–900 words, newest first, and the people they quote. */
export function generateSearchLibrary(seed: number, count: number): { articles: Article[]; people: LibraryPerson[] } {
  const rng = createRng(seed)
  const people = new Map<string, LibraryPerson>()
  const articles: Article[] = []
  let t = LIBRARY_NOW_MS - 3_600_000
  for (let i = 0; i < count; i++) {
    t -= rng.int(5 * 60_000, 3 * 3_600_000)
    const wire = generateWireArticle(rng, rng.int(700, 900), `S-${i + 1}`)
    const article = articleFromWire(rng, wire, `search-${i + 1}`, t)
    articles.push({ ...article, body: tagDoc(article.body, String(i + 1), people) })
  }
  return { articles, people: [...people.values()] }
}
