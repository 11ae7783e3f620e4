/**
 * Conformance against the real material in the shared folder:
 *   npm run conformance -- ../shared
 * Prints `ok - name` / `not ok - name: detail` per check, then `N passed, M failed`;
 * exits 1 when any check failed. Check groups live in conformance/checks/, one file each.
 */
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import type { CheckGroup } from './CheckGroup'
import type { CheckResult } from './CheckResult'
import { seedImport } from './checks/seedImport'
import { seedMarkdownRoundTrip } from './checks/seedMarkdownRoundTrip'
import { evalRegression } from './checks/evalRegression'
import { exportNitf } from './checks/exportNitf'
import { exportNinjs } from './checks/exportNinjs'
import { exportHtml } from './checks/exportHtml'
import { exportMarkdownPandoc } from './checks/exportMarkdownPandoc'
import { seedChecks } from './checks/seedChecks'
import { seedTag } from './checks/seedTag'
import { photoMetadata } from './checks/photoMetadata'

const GROUPS: CheckGroup[] = [seedImport, seedMarkdownRoundTrip, evalRegression, photoMetadata, seedChecks, seedTag, exportNitf, exportNinjs, exportHtml, exportMarkdownPandoc]

const shared = resolve(process.argv[2] ?? '../shared')
let passed = 0
let failed = 0
const report = (result: CheckResult): void => {
  if (result.ok) passed++
  else failed++
  const detail = result.detail?.replace(/\s*\n\s*/g, ' ')
  console.log(result.ok ? `ok - ${result.name}` : `not ok - ${result.name}${detail ? `: ${detail}` : ''}`)
}

if (!existsSync(shared)) {
  report({ name: 'shared folder exists', ok: false, detail: `${shared} not found` })
} else {
  for (const group of GROUPS) {
    try {
      for (const result of await group.run(shared)) report(result)
    } catch (error) {
      report({ name: `${group.name}: runs`, ok: false, detail: error instanceof Error ? error.message : String(error) })
    }
  }
}
console.log(`${passed} passed, ${failed} failed`)
process.exitCode = failed > 0 ? 1 : 0
