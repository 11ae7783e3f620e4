const TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  heic: 'image/heic',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  svg: 'image/svg+xml'
}

/** The IANA media type of an image file from its extension, or undefined when unknown. */
export function mediaTypeOf(file: string | undefined): string | undefined {
  const ext = /\.([A-Za-z0-9]+)$/.exec(file ?? '')?.[1]?.toLowerCase()
  return ext ? TYPES[ext] : undefined
}
