import { wordSet } from './wordSet'

/**
 * Role nouns: the head of a title before a name ("spokesman" in "Kremlin spokesman Dmitry
 * Peskov") and of a definite description that refers back to a person ("the Kremlin spokesman
 * said"). A title before a name is cut only when it ends in one of these, so "Home Office" stays
 * whole while "Home Secretary Suella Braverman" loses its title. Lower-cased. Written for the project.
 */
export const ROLE_NOUNS: Set<string> = wordSet(`
mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|lord|lady|president|vice-president|minister|premier|chancellor|
secretary|secretary-general|chief|general|gen|lt|col|colonel|major|maj|capt|captain|commander|admiral|adm|sgt|
sergeant|corporal|brigadier|marshal|lieutenant|officer|inspector|detective|constable|sheriff|judge|justice|
magistrate|attorney|prosecutor|counsel|lawyer|senator|sen|rep|representative|congressman|congresswoman|
assemblyman|assemblywoman|councillor|councilor|councilman|councilwoman|governor|gov|mayor|ambassador|envoy|
consul|diplomat|spokesman|spokeswoman|spokesperson|speaker|chairman|chairwoman|chair|chairperson|ceo|cfo|founder|
co-founder|director|manager|head|leader|boss|executive|editor|correspondent|reporter|journalist|columnist|
anchor|host|presenter|analyst|economist|expert|researcher|scientist|lecturer|teacher|principal|dean|coach|
striker|midfielder|defender|goalkeeper|player|singer|actor|actress|artist|author|writer|poet|producer|rapper|
musician|king|queen|prince|princess|emperor|empress|sultan|emir|sheikh|pope|cardinal|archbishop|bishop|
reverend|rev|father|pastor|imam|rabbi|ayatollah|commissioner|adviser|advisor|aide|official|mp|mep|lawmaker|
legislator|candidate|nominee|challenger|incumbent|activist|campaigner|undersecretary|superintendent|provost|
rector|president-elect|baron|baroness|count|countess|duke|duchess|earl|administrator|surgeon|solicitor|auditor|
treasurer|whip|ombudsman|coroner|doctor|nurse|physician|psychologist|engineer|astronaut|pilot|priest|monk|nun|
businessman|businesswoman|entrepreneur|billionaire|tycoon|investor|banker|chef|designer|architect|photographer|
filmmaker|comedian|footballer|cricketer|champion|veteran|soldier|negotiator|mediator|strategist|pollster|
consultant|economist|historian|professor|student|scholar|cleric|preacher|commentator|blogger|critic|
secretary-of-state|representative|delegate|deputy|vice|premier|governor-general|mayor-elect|senator-elect
`)
