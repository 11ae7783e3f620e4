import { wordSet } from './wordSet'

/**
 * Last words that make a name a place ("Fisht Stadium", "Jamarat Bridge", "Wright-Patterson
 * Air Force Base"), lower-cased. Written for the project.
 */
export const PLACE_HEADS: Set<string> = wordSet(`
street|st|st.|avenue|ave|road|rd|boulevard|blvd|lane|way|drive|square|plaza|place|bridge|tunnel|station|airport|
port|harbour|harbor|stadium|arena|park|gardens|garden|hall|tower|towers|building|palace|castle|cathedral|
mosque|temple|memorial|monument|base|camp|prison|jail|island|islands|isle|peninsula|mountain|mountains|mount|
mt|hill|hills|valley|river|lake|sea|ocean|bay|gulf|strait|straits|canal|coast|beach|desert|forest|falls|
canyon|county|province|region|district|territory|territories|state|oblast|prefecture|governorate|township|
village|town|city|borough|neighbourhood|neighborhood|quarter|heights|springs|field|fields|crossing|pass|
border|highway|motorway|freeway|expressway|complex|centre|center|museum|space|land|reserve|
refinery|mine|dam|reactor|port|checkpoint|corridor|zone|strip|shore|crater|volcano|glacier|reef|plateau|basin|
delta|lagoon|fjord|peak|ridge|cliffs|cave|caves|canyon|trail|pier|wharf|marina|mall|market|
`)
