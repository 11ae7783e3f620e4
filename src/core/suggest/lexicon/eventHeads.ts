import { wordSet } from './wordSet'

/**
 * Last words that make a name an event ("World Cup", "Lantern Festival", "Cold War"),
 * lower-cased. Written for the project.
 */
export const EVENT_HEADS: Set<string> = wordSet(`
cup|games|olympics|olympiad|championship|championships|tournament|open|grand prix|festival|fair|expo|exhibition|
biennale|show|awards|award|prize|summit|conference|congress|forum|war|wars|revolution|uprising|crisis|massacre|
attack|attacks|bombing|earthquake|hurricane|storm|cyclone|typhoon|flood|floods|election|elections|referendum|
primary|primaries|caucus|caucuses|debate|convention|marathon|race|rally|parade|carnival|week|day|night|season|
series|league|derby|final|finals|semifinal|playoffs|bowl|classic|tour|concert|ceremony|strike|protests|trial
`)
