import type { Entity } from '../model/Entity'

/**
 * Merging `loser` into `keeper`: the keeper gains the loser's name and aliases as aliases
 * (and description or Wikidata id where it had none); the loser stays, marked `mergedInto`,
 * so references made outside the app still resolve. Articles are re-pointed with repointEntity.
 */
export function mergeEntities(keeper: Entity, loser: Entity): { keeper: Entity; loser: Entity } {
  if (keeper.id === loser.id) throw new Error('An entity cannot be merged into itself.')
  const seen = new Set([keeper.name.toLocaleLowerCase()])
  const aliases: string[] = []
  for (const a of [...keeper.aliases, loser.name, ...loser.aliases]) {
    const key = a.toLocaleLowerCase()
    if (!seen.has(key)) {
      seen.add(key)
      aliases.push(a)
    }
  }
  return {
    keeper: {
      ...keeper,
      aliases,
      description: keeper.description ?? loser.description,
      wikidata: keeper.wikidata ?? loser.wikidata
    },
    loser: { ...loser, mergedInto: keeper.id }
  }
}
