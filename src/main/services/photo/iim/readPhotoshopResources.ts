/** Photoshop image resource ids Copydesk reads (Adobe, "Image Resource Blocks"). */
export const RESOURCE_IPTC = 0x0404
export const RESOURCE_THUMBNAIL = 0x040c

const SIGNATURES = new Set(['8BIM', 'PHUT', 'AgHg', 'DCSR', 'MeSa'])

/**
 * Walks Photoshop image resource blocks (the body of a JPEG's APP13 "Photoshop 3.0" segments,
 * joined): signature, id, padded Pascal name, size, padded data. Returns each resource's data by
 * id (the first of each); stops quietly at anything that is not a resource block.
 */
export function readPhotoshopResources(bytes: Uint8Array): Map<number, Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const resources = new Map<number, Uint8Array>()
  let at = 0
  while (at + 12 <= bytes.length) {
    const signature = String.fromCharCode(...bytes.subarray(at, at + 4))
    if (!SIGNATURES.has(signature)) break
    const id = view.getUint16(at + 4)
    const nameLength = bytes[at + 6]!
    let next = at + 6 + nameLength + 1
    if (next % 2 !== at % 2) next++ // the name (with its length byte) is padded to an even size
    if (next + 4 > bytes.length) break
    const size = view.getUint32(next)
    const start = next + 4
    if (start + size > bytes.length) break
    if (!resources.has(id)) resources.set(id, bytes.subarray(start, start + size))
    at = start + size + (size % 2)
  }
  return resources
}
