/** The formats an article exports to; the names are the CLI's `--format` values. */
export const EXPORT_FORMATS = ['nitf', 'ninjs', 'ninjs3', 'md', 'html', 'txt', 'quotes-csv', 'entities-csv'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]
