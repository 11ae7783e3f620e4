/** Why a file's photo metadata could not be read. */
export type PhotoMetadataErrorCode = 'empty' | 'not-an-image' | 'unsupported-format' | 'corrupt'

/**
 * A file that is not a photo Copydesk can read: empty, not an image at all, an image format it does
 * not read, or an image whose structure is broken. The message is one plain line for the desk
 * (CLI stderr, the app's add-photo dialog); `code` lets callers tell the cases apart.
 */
export class PhotoMetadataError extends Error {
  constructor(
    readonly code: PhotoMetadataErrorCode,
    message: string
  ) {
    super(message.replace(/\s*\n\s*/g, ' ').trim())
    this.name = 'PhotoMetadataError'
  }
}
