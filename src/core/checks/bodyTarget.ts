import type { Finding } from './Finding'

/** The target and blockIndex of a finding about a range of one body block. */
export function bodyTarget(blockIndex: number, from: number, to: number): Pick<Finding, 'blockIndex' | 'target'> {
  return { blockIndex, target: { kind: 'body', blockIndex, from, to } }
}
