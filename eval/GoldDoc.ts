/** One document of a gold file in ../shared/eval (see its README for the fields). */
export interface GoldDoc {
  id: string
  text: string
  has?: string[]
  [extra: string]: unknown
}
