/** The metadata blocks found in an image file, before any of them is interpreted. */
export interface EmbeddedBlocks {
  /** Pixel size from the image header, when the format gives it cheaply. */
  width?: number
  height?: number
  /** The EXIF block as a TIFF structure (byte order mark first). */
  exif?: Uint8Array
  /** The main XMP packet. */
  xmp?: string
  /** Extended XMP packets (JPEG splits XMP over 64 KB this way), whole, by GUID. */
  xmpExtended: { guid: string; packet: string }[]
  /** Photoshop image resources (JPEG APP13 bodies joined), which hold the IPTC IIM block. */
  photoshop?: Uint8Array
  /** An IPTC IIM block found on its own (not inside Photoshop resources). */
  iim?: Uint8Array
  /** Things the desk should know that did not stop the reading. */
  warnings: string[]
}
