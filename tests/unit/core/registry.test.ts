import { describe, expect, it } from 'vitest'
import { readEntityYaml } from '../../../src/core/formats/registry/readEntityYaml'
import { writeEntityYaml } from '../../../src/core/formats/registry/writeEntityYaml'
import type { DocJSON } from '../../../src/core/model/DocJSON'
import type { Entity } from '../../../src/core/model/Entity'
import { mergeEntities } from '../../../src/core/registry/mergeEntities'
import { repointEntity } from '../../../src/core/registry/repointEntity'

const kovac: Entity = { id: 'ines-kovac', type: 'person', name: 'Ines Kovač', aliases: ['Kovač'], description: 'Harbour master of Tindal' }

describe('entity files', () => {
  it('round-trip through YAML, keeping unknown keys', () => {
    const e: Entity = { ...kovac, wikidata: 'Q42', extra: { twitter: '@kovac' } }
    const text = writeEntityYaml(e)
    expect(text).toBe('type: person\nname: Ines Kovač\naliases:\n  - Kovač\ndescription: Harbour master of Tindal\nwikidata: Q42\ntwitter: "@kovac"\n')
    expect(readEntityYaml('ines-kovac', text)).toEqual(e)
  })

  it('refuses files that are not entities, naming the file', () => {
    expect(() => readEntityYaml('x', 'type: planet\nname: Mars\n')).toThrow(/entities\/x.yaml: unknown type "planet"/)
    expect(() => readEntityYaml('x', 'type: person\n')).toThrow(/no name/)
    expect(() => readEntityYaml('x', ': : :\n- [')).toThrow(/not valid YAML/)
    expect(() => readEntityYaml('../x', 'type: person\nname: A\n')).toThrow(/not a valid entity id/)
  })
})

describe('merging entities', () => {
  it('unites names and aliases and marks the loser', () => {
    const dup: Entity = { id: 'ines-kovac-2', type: 'person', name: 'Ines Kovac', aliases: ['Kovač', 'I. Kovac'], wikidata: 'Q7' }
    const { keeper, loser } = mergeEntities(kovac, dup)
    expect(keeper.aliases).toEqual(['Kovač', 'Ines Kovac', 'I. Kovac'])
    expect(keeper.wikidata).toBe('Q7')
    expect(loser.mergedInto).toBe('ines-kovac')
    expect(() => mergeEntities(kovac, kovac)).toThrow()
  })

  it('re-points entity tags and quote speakers in a document', () => {
    const doc: DocJSON = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Kovac', marks: [{ type: 'entity', attrs: { entityId: 'ines-kovac-2', type: 'person' } }] },
            { type: 'text', text: ' said ' },
            { type: 'text', text: '“no”', marks: [{ type: 'quote', attrs: { quoteId: 'Q', speakerId: 'ines-kovac-2' } }] }
          ]
        }
      ]
    }
    const out = repointEntity(doc, 'ines-kovac-2', 'ines-kovac')
    expect(JSON.stringify(out)).not.toContain('ines-kovac-2')
    expect(out.content[0]!.content![2]!.marks![0]!.attrs).toMatchObject({ speakerId: 'ines-kovac' })
    expect(repointEntity(doc, 'someone-else', 'x')).toBe(doc)
  })
})
