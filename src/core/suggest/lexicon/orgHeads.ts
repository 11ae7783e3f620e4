import { wordSet } from './wordSet'

/**
 * Last words that make a name an organisation ("Labour Party", "Refugee Council", "Home
 * Office"), and first words that do so with "of" ("University of Sheffield", "Church of
 * Scientology"). Lower-cased. Written for the project.
 */
export const ORG_HEADS: Set<string> = wordSet(`
party|council|ministry|department|dept|office|agency|authority|commission|committee|bureau|board|service|
services|administration|government|parliament|assembly|senate|congress|court|tribunal|cabinet|directorate|
secretariat|inc|inc.|corp|corp.|corporation|company|co|co.|ltd|ltd.|llc|plc|ag|gmbh|sa|group|holdings|bank|
fund|trust|foundation|institute|institution|university|college|school|academy|society|association|federation|
union|league|alliance|coalition|movement|front|organisation|organization|network|news|times|post|herald|
journal|gazette|tribune|telegraph|guardian|observer|magazine|press|radio|television|tv|channel|broadcasting|
broadcaster|media|studios|records|pictures|army|navy|force|forces|guard|guards|police|corps|brigade|battalion|
regiment|militia|command|church|synagogue|diocese|order|club|fc|united|team|orchestra|
band|choir|airlines|airways|air|motors|motor|systems|technologies|technology|software|labs|laboratories|
laboratory|partners|associates|consulting|energy|oil|petroleum|gas|pharmaceuticals|pharma|industries|
enterprises|solutions|communications|telecom|entertainment|games|exchange|reserve|treasury|embassy|consulate|
mission|clinic|council|caucus|chamber|legion|squad|unit|
division|wing|brigades|cartel|gang|syndicate|initiative|project|programme|program|campaign|watch|monitor|
agency|standards|review|quarterly|weekly|daily|monthly|times|inquirer|register|express|mirror|mail|sun|star|
chronicle|examiner|sentinel|courier|dispatch|bulletin|wire|insider|report|today|sport|sports|health|
conference|forum|federation|nations|org|legion|squad|crew|ensemble|troupe
`)

/** First words that make "X of Y" an organisation ("University of …", "Ministry of …"). */
export const ORG_OF_HEADS: Set<string> = wordSet(`
university|college|school|institute|academy|ministry|department|bank|church|bureau|office|council|
commission|committee|board|court|house|chamber|federation|union|league|association|society|order|
municipality|government|state|city|people|friends|museum|centre|
center|organisation|organization|party|coalition|fund|foundation|confederation|corps|army|navy|guardians|
secretariat|agency|authority|administration|service|division|directorate|federal|republic|kingdom|islamic
|gulf|strait|isle|bay|sea|lake|mount|cape|port
`)
