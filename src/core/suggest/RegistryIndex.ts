import type { RegistryEntity } from './RegistryEntity'

/** One name or alias of a registry entity, as the folded keys of its tokens. */
export interface RegistryName {
  tokens: string[]
  /** Whether the name is written with a capital: "US" must not match "us". */
  cap: boolean
  entity: RegistryEntity
}

/** A node of the token trie: the names that end here and the tokens that continue them. */
export interface RegistryTrieNode {
  next: Map<string, RegistryTrieNode>
  names?: RegistryName[]
}

/**
 * The registry prepared for matching (buildRegistryIndex): a trie of names and aliases by
 * folded token, so matching costs a few Map lookups per text token whatever the registry's size;
 * persons by the last word of each name, for "Putin" and "Mr Peskov".
 */
export interface RegistryIndex {
  root: RegistryTrieNode
  byLastName: Map<string, RegistryEntity[]>
  byId: Map<string, RegistryEntity>
  /** Single-token names by their token, for the spelling check. */
  byWord: Map<string, RegistryEntity[]>
  size: number
}
