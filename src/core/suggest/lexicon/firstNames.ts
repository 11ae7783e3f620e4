import { wordSet } from './wordSet'

/**
 * Common given names, by the gender they are most used for, so that a name starting with one
 * is a person and "she" can skip back past a "Donald". International on purpose: wire copy names
 * people from everywhere. Written for the project; not exhaustive, only a strong hint.
 */
export const MALE_NAMES: Set<string> = wordSet(`
Aaron|Abbas|Abdul|Abdullah|Abraham|Adam|Adrian|Ahmad|Ahmed|Alan|Albert|Alejandro|Aleksandr|Alex|Alexander|Alexei|
Alexey|Alfred|Ali|Alistair|Amir|Anatoly|Andre|Andreas|Andrei|Andrew|Andrey|Andy|Angus|Anthony|Antonio|Antony|
Anwar|Arnold|Arthur|Ashraf|Ayman|Barack|Bashar|Ben|Benjamin|Benny|Bernard|Bernie|Bill|Bob|Boris|Brad|Bradley|
Brandon|Brent|Brett|Brian|Bruce|Bruno|Carl|Carlos|Charles|Charlie|Chris|Christian|Christopher|Chuck|Claude|
Clint|Colin|Craig|Curtis|Dan|Daniel|Danny|Dario|Darren|Dave|David|Dean|Bryan|Henrik|Lars|Piet|Jari|Denis|Dennis|Derek|Diego|
Dmitri|Dmitry|Dominic|Don|Donald|Doug|Douglas|Duncan|Dwight|Eddie|Edgar|Eduardo|Edward|Emmanuel|Enrique|
Eric|Erik|Ernest|Evan|Evgeny|Fabio|Felix|Fernando|Francesco|Francis|Francisco|Frank|Franz|Fred|
Frederick|Friedrich|Gabriel|Gareth|Gary|Gavin|Gennady|Geoffrey|George|Georgy|Gerald|Gerard|Giorgio|
Giovanni|Giuseppe|Glenn|Gordon|Graham|Greg|Gregory|Guy|Hamid|Hans|Harold|Harry|Hasan|Hassan|Hector|Henry|
Herbert|Hossein|Howard|Hugh|Hugo|Hussein|Ian|Ibrahim|Igor|Ilya|Imran|Isaac|Ismail|Ivan|Jack|
Jacob|Jake|James|Jamie|Jan|Jason|Javier|Javad|Jean|Jeb|Jeff|Jeffrey|Jens|Jeremy|Jerome|Jerry|Jesse|Jim|Jimmy|Joe|
Joel|Johann|John|Johnny|Jon|Jonathan|Jordan|Jorge|José|Jose|Joseph|Josh|Joshua|Juan|Julian|Justin|Kamal|
Karim|Karl|Keith|Ken|Kenneth|Kevin|Khaled|Khalid|Kim|Konstantin|Kurt|Kyle|Larry|Lars|Lee|Leo|Leon|Leonid|
Lindsey|Lloyd|Louis|Luca|Lucas|Luis|Luke|Mahmoud|Malcolm|Manuel|Marc|Marco|Marcus|Mario|Mark|Martin|Mathieu|
Matt|Matteo|Matthew|Maurice|Max|Maxim|Michael|Michel|Miguel|Mike|Mikhail|Milan|Mitch|Mohamed|Mohammad|
Mohammed|Muhammad|Mustafa|Naftali|Narendra|Nasser|Nathan|Neil|Nicholas|Nick|Nicolas|Nikita|Nikolai|
Noah|Norman|Olaf|Oleg|Oliver|Omar|Oscar|Owen|Pablo|Patrick|Paul|Pavel|Pedro|Peter|Petr|Phil|Philip|Philippe|
Pierre|Piers|Rafael|Ralph|Ramzan|Randy|Raul|Ray|Raymond|Reza|Ricardo|Richard|Rick|Rishi|Rob|Robert|Roberto|
Rodrigo|Roger|Roman|Ron|Ronald|Rory|Roy|Rudy|Rupert|Russell|Ryan|Saeed|Salman|Sam|Samuel|Sean|Sebastian|
Sergei|Sergey|Seth|Shane|Simon|Stan|Stanley|Stefan|Stephen|Steve|Steven|Stuart|Tariq|Ted|Terry|Theo|Thomas|
Tim|Timothy|Toby|Todd|Tom|Tommy|Tony|Travis|Tyler|Valery|Vasily|Victor|Viktor|Vincent|Vitaly|Vladimir|
Vladislav|Volodymyr|Walter|Warren|Wayne|Will|William|Willie|Xavier|Yaakov|Yair|Yevgeny|Yosef|
Yuri|Yury|Zach|Zachary|Ziad|Abu|Benjamin|Recep|Tayyip|Emmanuel|Olaf|Keir|Sadiq|Jair|Xi|Luiz|Andrzej|
Harry|Marcus
`)

export const FEMALE_NAMES: Set<string> = wordSet(`
Abigail|Ada|Agnes|Aisha|Alexandra|Alice|Alicia|Alina|Alison|Amanda|Amber|Amelia|Amy|Ana|Anastasia|Andrea|
Angela|Angelina|Anita|Ann|Anna|Anne|Annie|Antonia|Ashley|Barbara|Beatrice|Becky|Betty|Beverly|Bonnie|Brenda|
Bridget|Brigitte|Caitlin|Camila|Carla|Carly|Carmen|Carol|Caroline|Carolyn|Catherine|Cathy|Charlotte|Chelsea|
Cheryl|Christina|Christine|Cindy|Claire|Clara|Claudia|Colette|Cynthia|Daisy|Dana|Daniela|Danielle|Daria|Darya|
Deborah|Debbie|Denise|Diana|Diane|Donna|Doris|Dorothy|Edith|Elaine|Eleanor|Elena|Elisabeth|Elizabeth|Ella|
Ellen|Elsa|Emily|Emma|Erica|Erin|Esther|Eva|Eve|Evelyn|Fatima|Fiona|Florence|Frances|Gabriela|Gabrielle|Gail|
Giorgia|Gina|Grace|Hannah|Heather|Heidi|Helen|Helena|Hillary|Hilary|Holly|Ilhan|Ingrid|Irene|Irina|Isabel|
Isabella|Jacqueline|Jane|Janet|Janice|Jasmine|Jean|Jennifer|Jenny|Jessica|Jill|Joan|Joanna|Jodie|Josephine|
Joyce|Judith|Judy|Julia|Julie|Juliet|Karen|Karin|Kate|Katherine|Kathleen|Kathy|Katie|Kamala|Kay|
Kelly|Kim|Kirsten|Laura|Lauren|Leila|Layla|Linda|Lindsay|Lisa|Liz|Lora|Lorraine|Louise|
Lucy|Lyudmila|Madeleine|Maria|Marie|Marina|Marine|Martha|Mary|Maryam|Maya|Megan|Melania|
Melanie|Melissa|Meryl|Michelle|Mila|Miriam|Molly|Monica|Nadia|Nancy|Naomi|Natalia|Natalie|Natasha|Nicola|
Nicole|Nina|Nora|Olga|Olivia|Pamela|Patricia|Paula|Pauline|Penny|Rachel|Rebecca|Rita|Rosa|
Rose|Ruth|Sabrina|Sally|Samantha|Sandra|Sara|Sarah|Sharon|Sheila|Shirley|Silvia|Sofia|Sophia|Sophie|
Stephanie|Susan|Suzanne|Svetlana|Tamara|Tanya|Tatiana|Tatyana|Teresa|Theresa|Tina|Tracy|Ursula|Valentina|
Valerie|Vanessa|Vera|Veronica|Victoria|Viktoria|Virginia|Wendy|Yana|Yulia|Yvonne|Zoe|Zainab|
Liz|Nikki|Kemi|Theresa|Angela|Giorgia|Annalena|Kaja|Sanna|Jacinda|Julie|
Ursula|Christine|Margrethe|Mette|Tanya|Claudia|Alice|Elizabeth|Nancy|Marjorie
`)
