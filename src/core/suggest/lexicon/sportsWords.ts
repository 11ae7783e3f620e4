import { wordSet } from './wordSet'

/** Words that make a text a sports report (lower-cased). Written for the project. */
export const SPORTS_WORDS: Set<string> = wordSet(`
match|matches|goal|goals|scored|score|scoring|striker|midfielder|defender|goalkeeper|keeper|penalty|penalties|
half-time|halftime|kick-off|kickoff|tournament|league|cup|championship|semi-final|semifinal|quarter-final|final|
fixture|fixtures|squad|coach|manager|referee|offside|equaliser|equalizer|winger|fans|stadium|group|knockout|
draw|drew|beat|defeated|victory|defeat|win|won|lost|innings|wicket|wickets|try|tries|medal|medals|olympic|
olympics|athletes|race|lap|podium|season|playoff|playoffs|touchdown|inning|pitcher|serve|set|sets|tie-break
`)
