/**
 * An IPTC subject as a short qualified code: Media Topics as `medtop:20000106`, the older
 * Subject Codes as `subj:15007000`, whether given as a qcode, a CV URI
 * (`http://cv.iptc.org/newscodes/mediatopic/20000106`) or, for NITF's tobject.subject, a bare
 * eight-digit Subject Code. Anything else is kept as it is.
 */
export function subjectCode(raw: string, bareDigits: 'subj' | 'medtop' = 'subj'): string {
  const code = raw.trim()
  const uri = /cvx?\.iptc\.org\/newscodes\/(mediatopic|subjectcode)\/(\d+)\/?$/i.exec(code)
  if (uri) return `${uri[1]!.toLowerCase() === 'mediatopic' ? 'medtop' : 'subj'}:${uri[2]}`
  if (/^\d{8}$/.test(code)) return `${bareDigits}:${code}`
  return code
}

/** True for codes of the IPTC topic vocabularies (Media Topics, Subject Codes). */
export function isIptcTopic(code: string): boolean {
  return /^(?:medtop|subj):\d+$/.test(code)
}
