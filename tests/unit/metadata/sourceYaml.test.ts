import { describe, expect, it } from 'vitest'
import { readSourceYaml } from '../../../src/core/formats/registry/readSourceYaml'
import { writeSourceYaml } from '../../../src/core/formats/registry/writeSourceYaml'
import type { Source } from '../../../src/core/model/Source'

describe('sources/<id>.yaml', () => {
  it('round-trips every field, unknown keys kept', () => {
    const source: Source = {
      id: 'nrk-interview',
      type: 'interview',
      name: 'Interview with Piet Aalders',
      url: 'https://example.org/a',
      contact: '+47 555 0100',
      notes: 'Recorded by phone.\nSecond line: "quoted".',
      accessDate: '2026-03-04',
      extra: { reliability: 'high' }
    }
    const yaml = writeSourceYaml(source)
    expect(yaml.split('\n')[0]).toBe('type: interview')
    expect(readSourceYaml('nrk-interview', yaml)).toEqual(source)
  })

  it('writes only what is set', () => {
    expect(writeSourceYaml({ id: 'reuters', type: 'wire', name: 'Reuters' })).toBe('type: wire\nname: Reuters\n')
  })

  it('reads dates YAML typed, trims, drops empty values', () => {
    const s = readSourceYaml('tass', 'type: wire\nname: "  TASS  "\naccessDate: 2026-01-02\nurl: ""\ncontact: 42\n')
    expect(s).toEqual({ id: 'tass', type: 'wire', name: 'TASS', accessDate: '2026-01-02', contact: '42' })
  })

  it('names the file in every error', () => {
    expect(() => readSourceYaml('x', 'type: wire\n')).toThrow('sources/x.yaml: no name')
    expect(() => readSourceYaml('x', 'type: agency\nname: X\n')).toThrow('sources/x.yaml: unknown type "agency"')
    expect(() => readSourceYaml('x', '- a\n- b\n')).toThrow('sources/x.yaml: expected a mapping')
    expect(() => readSourceYaml('x', 'type: [\n')).toThrow(/sources\/x.yaml: not valid YAML/)
    expect(() => readSourceYaml('../x', 'type: wire\nname: X\n')).toThrow(/not a valid source id/)
  })
})
