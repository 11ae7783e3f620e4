import { wordSet } from './wordSet'

/**
 * Words of a title or role written before a name ("Kremlin spokesman Dmitry Peskov",
 * "US President Donald Trump", "Professor Eastman"). The eval convention cuts them: only the name
 * is the person. Lower-cased; matched case-insensitively token by token. Written for the project.
 */
export const TITLE_WORDS: Set<string> = wordSet(`
mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|lord|lady|madam|madame|monsieur|herr|frau|señor|senor|
president|vice|prime|minister|premier|chancellor|secretary|foreign|defence|defense|interior|finance|health|home|
justice|education|energy|trade|economy|deputy|acting|former|ex|late|then|senior|junior|chief|general|gen|lt|
col|colonel|major|maj|capt|captain|commander|admiral|adm|sgt|sergeant|corporal|cpl|private|pvt|brigadier|marshal|
field|lieutenant|officer|inspector|detective|constable|sheriff|judge|justice|magistrate|attorney|prosecutor|
counsel|lawyer|senator|sen|rep|representative|congressman|congresswoman|congressmember|assemblyman|assemblywoman|
councillor|councilor|councilman|councilwoman|alderman|governor|gov|lieutenant-governor|mayor|ambassador|envoy|
consul|diplomat|spokesman|spokeswoman|spokesperson|press|speaker|chairman|chairwoman|chair|chairperson|ceo|cfo|
coo|cto|founder|co-founder|director|manager|head|leader|boss|executive|editor|correspondent|reporter|journalist|
columnist|anchor|host|presenter|analyst|economist|expert|researcher|scientist|professor|lecturer|teacher|
principal|dean|coach|manager|striker|midfielder|defender|goalkeeper|captain|player|star|singer|actor|actress|
artist|author|writer|poet|director|producer|rapper|musician|king|queen|prince|princess|emperor|empress|sultan|
emir|sheikh|shaikh|crown|pope|cardinal|archbishop|bishop|reverend|rev|father|pastor|imam|rabbi|ayatollah|
grand|supreme|high|commissioner|chief-of-staff|adviser|advisor|aide|assistant|official|member|mp|mep|lawmaker|
legislator|candidate|nominee|challenger|incumbent|activist|campaigner|organizer|organiser|spokesperson|
undersecretary|under-secretary|superintendent|chancellor|provost|rector|president-elect|first|lady|gentleman|
queen-consort|baron|baroness|count|countess|duke|duchess|earl|team|member|mr.|mrs.|ms.|dr.|st|saint|
administrator|minister-president|state|national|security|adviser|general|surgeon|solicitor|auditor|registrar|
comptroller|treasurer|clerk|whip|majority|minority|leader|opposition|shadow|cabinet|labor|agriculture|transport|
culture|environment|development|affairs|relations|intelligence|military|army|navy|air|force|border|police|fire|
fighter|commander-in-chief|chief-executive|managing|general-secretary|secretary-general|vice-president|
vice-chairman|deputy-prime|first-minister|ombudsman|coroner|pathologist|doctor|nurse|surgeon|physician|
psychologist|spokeswoman|technician|engineer|astronaut|pilot|priest|monk|nun|brother|sister|uncle|aunt|
mother|father|son|daughter|wife|husband|widow|cousin|nephew|niece|grandson|granddaughter|grandmother|grandfather|education|tourism|industry|sport|sports|housing|immigration|labour|employment|
pensions|veterans|fisheries|affairs|infrastructure
`)
