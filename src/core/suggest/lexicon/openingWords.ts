import { wordSet } from './wordSet'

/**
 * Frequent English words that open sentences with a capital but are not names on their own
 * ("Recent reports …", "Several people …", "Critics say …"). Unlike COMMON_WORDS they may still
 * start a name when another capitalised word follows ("National Guard", "Global Witness"), so
 * they are only set aside at the start of a sentence before a lower-case word. Lower-cased.
 * Written for the project.
 */
export const OPENING_WORDS: Set<string> = wordSet(`
recent|several|various|numerous|certain|current|former|future|local|national|international|global|regional|
official|officials|public|private|social|political|economic|financial|federal|annual|daily|weekly|monthly|
further|similar|different|additional|initial|final|total|average|typical|general|special|specific|particular|
important|significant|serious|severe|strong|weak|full|empty|open|closed|free|fair|poor|rich|young|older|younger|
other|another|same|own|whole|entire|single|double|multiple|few|fewer|less|least|more|most|much|enough|
best|better|worse|worst|larger|largest|smaller|smallest|higher|highest|lower|lowest|longer|longest|bigger|biggest|
critics|supporters|opponents|residents|researchers|scientists|doctors|experts|analysts|observers|officers|
workers|employees|members|leaders|voters|citizens|students|teachers|parents|children|families|users|fans|
players|visitors|tourists|people|women|men|girls|boys|volunteers|protesters|demonstrators|activists|
police|troops|soldiers|rescuers|firefighters|investigators|prosecutors|lawyers|judges|authorities|
organisers|organizers|participants|attendees|delegates|lawmakers|legislators|senators|ministers|
data|figures|results|reports|studies|surveys|polls|estimates|records|documents|statistics|sales|prices|
shares|stocks|markets|rates|costs|taxes|profits|losses|revenue|demand|supply|growth|inflation|
tests|trials|tickets|images|photos|videos|pictures|posts|messages|emails|letters|calls|comments|
plans|talks|negotiations|efforts|attempts|measures|rules|laws|changes|moves|steps|calls|concerns|fears|
questions|answers|problems|issues|reasons|ways|things|events|attacks|clashes|fighting|violence|
traffic|weather|temperatures|rain|snow|water|food|energy|power|fire|smoke|health|security|safety|
work|construction|production|research|education|training|treatment|care|support|help|access|
everything|something|nothing|anything|everyone|someone|no-one|anyone|nobody|somebody|everybody|
blown|leaving|refusing|hoping|prompted|asked|told|given|taken|made|based|located|known|called|named|
founded|built|created|designed|developed|released|published|launched|opened|held|seen|found|born|
despite|following|including|regarding|concerning|considering|beginning|starting|ending|during|
unfortunately|fortunately|surprisingly|interestingly|importantly|notably|clearly|obviously|apparently|
reportedly|allegedly|officially|originally|traditionally|historically|generally|typically|usually|
instead|otherwise|still|yet|though|although|unless|whereas|whether|once|upon|within|without|
earlier|later|meanwhile|elsewhere|overall|altogether|together|apart|aside|along|ahead|abroad|
`)
