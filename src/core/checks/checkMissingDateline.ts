import type { Check } from './Check'

/** Warning: no dateline place, so readers cannot tell where the story was filed from. */
export const checkMissingDateline: Check = (article) =>
  article.dateline?.place?.trim()
    ? []
    : [
        {
          id: 'missing-dateline',
          key: 'missing-dateline',
          severity: 'warning',
          message: article.dateline?.date
            ? 'The dateline has a date but no place — add where the story was filed from (e.g. “MOSCOW”).'
            : 'No dateline — add where and when the story was filed (e.g. “MOSCOW, June 24”).',
          target: { kind: 'field', field: 'dateline' }
        }
      ]
