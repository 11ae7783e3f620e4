import type { Check } from './Check'

/**
 * An article without a headline cannot be exported meaningfully; importers leave the headline
 * empty rather than guess one, and this is where the desk is told.
 */
export const checkMissingHeadline: Check = (article) =>
  article.headline.trim() === ''
    ? [
        {
          id: 'missing-headline',
          key: 'missing-headline',
          severity: 'warning',
          message: 'No headline yet — add one before export',
          target: { kind: 'field', field: 'headline' }
        }
      ]
    : []
