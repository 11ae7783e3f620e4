import type { SyncReport } from '../../../core/sync/SyncEngine'
import type { SyncIssue } from '../../../core/sync/planSync'
import type { SyncLogRow } from '../db/CopydeskDB'
import { db } from '../db/db'

const KEEP = 1000
/** Routine bookkeeping that would drown the log: every autosave is a push. */
const QUIET = new Set(['ack', 'record', 'push', 'prune'])

function issueText(issue: SyncIssue): { level: SyncLogRow['level']; text: string; articleId?: string } {
  switch (issue.kind) {
    case 'tooLarge':
      return { level: 'warning', text: `${issue.path} is too large to sync (${Math.round(issue.size / 1024 / 1024)} MB); left alone.` }
    case 'unreadable':
      return { level: 'warning', text: `${issue.path} could not be read: ${issue.message}` }
    case 'notUtf8':
      return { level: 'warning', text: `${issue.path} is not UTF-8 text; left untouched.` }
    case 'badFrontMatter':
      return { level: 'warning', text: `${issue.path}: its front matter does not parse (${issue.message}); left untouched.` }
    case 'vanished':
      return { level: 'info', text: `${issue.path} vanished while being read; looked at again next time.` }
    case 'externalConflict':
      return issue.copyId
        ? { level: 'warning', text: `${issue.path} is a ${issue.tool} conflict copy: listed under Conflicts.`, articleId: issue.copyId }
        : { level: 'error', text: `${issue.path} is a ${issue.tool} conflict file; resolve it by hand (it was not imported).` }
    case 'duplicateId':
      return { level: 'warning', text: `${issue.path} had the id of another article: kept as a conflict copy.`, articleId: issue.copyId }
    case 'conflict':
      return { level: 'warning', text: `Conflicting edits in ${issue.path}: the folder’s version is saved as ${issue.copyPath}.`, articleId: issue.id }
    case 'editBeatsDelete':
      return { level: 'info', text: `${issue.path} was deleted in the folder but edited here: the edit is kept.`, articleId: issue.id }
  }
}

/** What the previous run reported that lasts (issues, pause), so a rescan does not repeat it. */
let lastStanding = new Set<string>()

/** Writes what a run did (and what it could not do) to the sync log; keeps the newest lines. */
export async function logSyncReport(report: SyncReport, extra: Omit<SyncLogRow, 'seq' | 'at'>[] = []): Promise<void> {
  const at = new Date().toISOString()
  const rows: SyncLogRow[] = []
  for (const a of report.applied) {
    if (!QUIET.has(a.kind)) rows.push({ at, level: 'info', text: a.summary, ...(a.id ? { articleId: a.id } : {}) })
  }
  for (const s of report.skipped) rows.push({ at, level: 'warning', text: `${s.summary}: not done (${s.reason})`, ...(s.id ? { articleId: s.id } : {}) })
  for (const e of report.errors) rows.push({ at, level: 'error', text: e })
  const standing: Omit<SyncLogRow, 'seq' | 'at'>[] = report.issues.map(issueText)
  if (report.pause) standing.push({ level: 'warning', text: `Sync paused: ${report.pause.message}` })
  if (report.deletionsAwaitingConfirmation.length) {
    standing.push({ level: 'warning', text: `${report.deletionsAwaitingConfirmation.length} article(s) are gone from the folder; nothing is deleted until you confirm.` })
  }
  const now = new Set(standing.map((s) => s.text))
  for (const s of standing) if (!lastStanding.has(s.text)) rows.push({ at, ...s })
  lastStanding = now
  rows.push(...extra.map((e) => ({ at, ...e })))
  if (!rows.length) return
  await db.transaction('rw', db.syncLog, async () => {
    await db.syncLog.bulkAdd(rows)
    const count = await db.syncLog.count()
    if (count > KEEP) await db.syncLog.orderBy('seq').limit(count - KEEP).delete()
  })
}
