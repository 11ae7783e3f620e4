import type { Source } from '../../../core/model/Source'
import type { SourceRow } from './CopydeskDB'

/** Lower-cased words of a source's name: the type-ahead index. */
export function sourceKeys(source: Pick<Source, 'name'>): string[] {
  return [...new Set(source.name.toLocaleLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean))]
}

export function toSourceRow(source: Source, fileHash: string | null): SourceRow {
  return { ...source, keys: sourceKeys(source), fileHash }
}

/** The source as the core sees it: the row without its index and storage fields. */
export function fromSourceRow(row: SourceRow): Source {
  const { keys: _k, fileHash: _h, ...source } = row
  return source
}
