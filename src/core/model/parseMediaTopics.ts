/** One IPTC Media Topic: `medtop:20000106`, its English label, and where it sits in the tree. */
export interface MediaTopic {
  code: string
  name: string
  /** The broader topic's code; absent for the 17 top-level topics. */
  parent?: string
  /** 1 for a top-level topic, deeper topics count up. */
  level: number
}

/** The fields of one CSV record (RFC 4180: quoted fields may hold commas, "" is a quote). */
function readRecords(text: string): string[][] {
  const records: string[][] = []
  let record: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quoted) {
      if (c !== '"') field += c
      else if (text[i + 1] === '"') {
        field += '"'
        i++
      } else quoted = false
    } else if (c === '"') quoted = true
    else if (c === ',') {
      record.push(field)
      field = ''
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++
      record.push(field)
      records.push(record)
      record = []
      field = ''
    } else field += c
  }
  if (field !== '' || record.length) records.push([...record, field])
  return records.filter((r) => r.some((f) => f.trim() !== ''))
}

/**
 * Reads the IPTC Media Topics CSV (columns `qcode,uri,label_en_GB,parent_qcode,level,…`, in any
 * order, named by the header row) into topics. Rows without a `medtop:` code or a label are
 * skipped; a file without the qcode and label columns is an error.
 */
export function parseMediaTopics(csv: string): MediaTopic[] {
  const [header, ...rows] = readRecords(csv.replace(/^\uFEFF/, ''))
  const columns = (header ?? []).map((h) => h.trim().toLowerCase())
  const col = (name: RegExp): number => columns.findIndex((c) => name.test(c))
  const code = col(/^qcode$/)
  const label = col(/^label/)
  const parent = col(/^parent/)
  const level = col(/^level$/)
  if (code < 0 || label < 0) throw new Error('Not an IPTC Media Topics list: the header has no qcode and label columns.')
  const topics: MediaTopic[] = []
  for (const row of rows) {
    const c = row[code]?.trim() ?? ''
    const name = row[label]?.trim() ?? ''
    if (!/^medtop:\d{8}$/.test(c) || !name) continue
    const topic: MediaTopic = { code: c, name, level: Number(row[level] ?? '') || 1 }
    const p = row[parent]?.trim()
    if (p && /^medtop:\d{8}$/.test(p)) topic.parent = p
    topics.push(topic)
  }
  return topics
}
