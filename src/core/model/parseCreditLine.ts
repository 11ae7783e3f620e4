import type { Photo } from './Article'

/** Lead-ins that are not part of any name ("Photo: Jane Doe / Reuters", "© AP"). */
const LEAD_IN = /^(?:photo(?:graph)?s?\s*(?:by|:)\s*|©\s*|\(c\)\s*|credit\s*:\s*)/i

/**
 * Reads an IPTC credit line such as `SalamPix-Abaca / Shutterstock Editorial`. The line itself
 * is kept verbatim (it is what gets printed); the parts are split on `/`:
 * two parts are agency / distributor (the wire convention of the sample), three are
 * photographer / agency / distributor. One part, or anything that looks like a URL, is not
 * split: a lone name could be a photographer as well as an agency, and guessing would be worse
 * than leaving the field empty.
 */
export function parseCreditLine(creditLine: string): Photo {
  const photo: Photo = { creditLine }
  if (creditLine.includes('://')) return photo
  const parts = creditLine
    .replace(LEAD_IN, '')
    .split('/')
    .map((p) => p.trim())
  if (parts.some((p) => p === '')) return photo
  if (parts.length === 2) {
    photo.agency = parts[0]
    photo.distributor = parts[1]
  } else if (parts.length === 3) {
    photo.photographer = parts[0]
    photo.agency = parts[1]
    photo.distributor = parts[2]
  }
  return photo
}
