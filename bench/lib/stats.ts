/** Median of a non-empty list (the mean of the middle two for an even count). */
export function median(values: number[]): number {
  if (values.length === 0) throw new Error('median of nothing')
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/** "median of 21 (min 4.1, max 5.3)": the spread, so a reader can judge the median. */
export function spread(values: number[], digits = 1): string {
  if (values.length === 1) return `1 run (${values[0]!.toFixed(digits)})`
  const min = Math.min(...values)
  const max = Math.max(...values)
  return `median of ${values.length} (min ${min.toFixed(digits)}, max ${max.toFixed(digits)})`
}

export const round = (value: number, digits = 2): number => Number(value.toFixed(digits))

/** The p-th quantile of a non-empty list, as the nearest rank at or above it (p95 of 21 runs: the 20th smallest). */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) throw new Error('percentile of nothing')
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!
}
