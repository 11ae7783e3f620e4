/** The named entities that turn up in news text; others are left as written. */
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—',
  hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»',
  bull: '•', middot: '·', copy: '©', reg: '®', trade: '™', deg: '°', euro: '€', pound: '£',
  yen: '¥', cent: '¢', sect: '§', para: '¶', times: '×', divide: '÷', minus: '−', shy: '\u00ad',
  thinsp: '\u2009', ensp: '\u2002', emsp: '\u2003', zwj: '\u200d', zwnj: '\u200c'
}

/**
 * The text of an HTML entity body (`amp`, `#8217`, `#x2019`), or null when it is not one.
 * Numeric references outside Unicode, or to NUL and surrogates, read as U+FFFD as in HTML.
 */
export function decodeEntity(body: string): string | null {
  const numeric = /^#(?:(\d{1,7})|[xX]([0-9a-fA-F]{1,6}))$/.exec(body)
  if (numeric) {
    const code = numeric[1] !== undefined ? Number(numeric[1]) : parseInt(numeric[2]!, 16)
    const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
    return valid ? String.fromCodePoint(code) : '\ufffd'
  }
  return Object.prototype.hasOwnProperty.call(NAMED, body) ? NAMED[body]! : null
}
