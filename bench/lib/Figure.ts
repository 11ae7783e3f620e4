/** One line of the results table. */
export interface Figure {
  name: string
  /** What BENCHMARKS.md calls it. */
  title: string
  value: number
  unit: string
  baseline?: number
  /** What was measured, how many runs, and what the baseline is. */
  measured: string
}

/** The shape of bench/results.json entries. */
export interface ResultEntry {
  name: string
  value: number
  unit: string
  baseline?: number
  ratio?: number
}
