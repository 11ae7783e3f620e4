/** The outcome of one conformance check, printed as `ok - name` or `not ok - name: detail`. */
export interface CheckResult {
  name: string
  ok: boolean
  detail?: string
}
