/** The figures recorded per gold file and half in eval/baseline.json (null when not annotated). */
export interface EvalFigures {
  docs: number
  entities: { tp: number; p: number; r: number; f1: number } | null
  quotes: { f1_03: number; f1_08: number; p_03: number; r_03: number; speaker: number | null } | null
  summary: string
}
