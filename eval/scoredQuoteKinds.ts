/**
 * The kinds of quote suggestion each gold file is scored on, where the file annotates only some.
 * Issue 3 scores quotes "on polnear-train-sample.jsonl (direct and reported speech, with
 * speakers) and gum-news.jsonl (direct quotes)", and ../shared/eval/README.md says GUM's quotes
 * are its <quote> spans: direct speech, quotation marks included. GUM does not annotate reported
 * speech, so scoring it there would count every correct indirect quote as a false positive; its
 * quotes are scored on the quotation-marked kinds (direct, partial). Files not listed are scored
 * on every suggestion. `npm run eval -- <gold> --quote-kinds all` scores everything regardless.
 */
export const SCORED_QUOTE_KINDS: Record<string, string[]> = {
  'gum-news.jsonl': ['direct', 'partial']
}
