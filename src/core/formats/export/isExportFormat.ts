import { EXPORT_FORMATS, type ExportFormat } from './ExportFormat'

/** True for a known export format name (`nitf`, `ninjs`, `ninjs3`, `md`, `html`, `txt`, `quotes-csv`, `entities-csv`). */
export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && (EXPORT_FORMATS as readonly string[]).includes(value)
}
