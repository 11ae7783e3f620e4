import type { ExportFormat } from '../../../../core/formats/export/ExportFormat'

/** The formats the dialog offers, in its order, with what the desk calls them. */
export const FORMAT_CHOICES: readonly { format: ExportFormat; label: string; hint: string }[] = [
  { format: 'nitf', label: 'NITF 3.6', hint: '.nitf.xml' },
  { format: 'ninjs3', label: 'ninjs 3.1', hint: '.ninjs3.json' },
  { format: 'ninjs', label: 'ninjs 2.1', hint: '.ninjs.json' },
  { format: 'md', label: 'Markdown', hint: '.md' },
  { format: 'html', label: 'HTML', hint: '.html' },
  { format: 'txt', label: 'Plain text', hint: '.txt' },
  { format: 'quotes-csv', label: 'Quote sheet', hint: '.quotes.csv' },
  { format: 'entities-csv', label: 'Entity index', hint: '.entities.csv' }
]
