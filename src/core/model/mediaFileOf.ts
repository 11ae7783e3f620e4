/**
 * The canonical `media/<name>` a photo's file path names (backslashes and `./` accepted), or
 * null when it is not a file directly in the workspace's media/ folder (a dot-file, such as a
 * half-written temp file, is not a photo).
 */
export function mediaFileOf(file: string | undefined): string | null {
  if (!file) return null
  const parts = file.replace(/\\/g, '/').split('/').filter((p) => p !== '' && p !== '.')
  if (parts.length !== 2 || parts[0] !== 'media') return null
  const name = parts[1]!
  if (name.startsWith('.') || name.includes('\0')) return null
  return `media/${name}`
}
