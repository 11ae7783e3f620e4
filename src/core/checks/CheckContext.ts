import type { Source } from '../model/Source'
import type { RegistryIndex } from '../suggest/RegistryIndex'

/** What the caller knows beyond the article; every field is optional (checks work without). */
export interface CheckContext {
  /** The workspace's entities, prepared for the suggester (buildRegistryIndex, built once). */
  registry?: RegistryIndex
  /** The workspace's sources, to find sources named in the text but not attached. */
  sources?: Source[]
  /**
   * How sure the suggester must be before an untagged name is a warning (0–1);
   * DEFAULT_UNTAGGED_CONFIDENCE when absent.
   */
  untaggedConfidence?: number
}

/** Names the suggester is at least this sure of (a full name, a known place) should be tagged. */
export const DEFAULT_UNTAGGED_CONFIDENCE = 0.8
