import type { CheckResult } from './CheckResult'

/** A check result from a condition, with the detail shown only when it failed. */
export function check(name: string, ok: boolean, detail: string): CheckResult {
  return ok ? { name, ok } : { name, ok, detail }
}
