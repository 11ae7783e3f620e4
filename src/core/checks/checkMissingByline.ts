import type { Check } from './Check'

/** Warning: nobody is credited with writing the article. */
export const checkMissingByline: Check = (article) =>
  (article.bylines ?? []).some((b) => b.trim() !== '')
    ? []
    : [
        {
          id: 'missing-byline',
          key: 'missing-byline',
          severity: 'warning',
          message: 'No byline — add who wrote the story (or the agency it came from).',
          target: { kind: 'field', field: 'bylines' }
        }
      ]
