import type { CheckResult } from './CheckResult'

/**
 * A group of checks against the real material in the shared folder (one file per group
 * under conformance/checks/: seed now, NITF, ninjs and photo metadata later). A group
 * reports every check it could run; a thrown error is reported as a failed check by run.ts.
 */
export interface CheckGroup {
  name: string
  run(shared: string): Promise<CheckResult[]>
}
