import { wordSet } from './wordSet'

/**
 * Lower-case words that start sentences or headlines with a capital but are not names
 * ("The", "Meanwhile", "Regarding"), and other frequent words that a capitalised headline or
 * subhead ("Kremlin Welcomes Truce") must not turn into names. Written for the project.
 */
export const COMMON_WORDS: Set<string> = wordSet(`
a|an|the|this|that|these|those|there|here|it|its|he|she|they|we|i|you|his|her|their|our|my|your|him|them|us|me|
who|whom|whose|which|what|when|where|why|how|whether|if|unless|although|though|while|whilst|because|since|as|
so|but|and|or|nor|yet|for|of|in|on|at|by|to|from|with|without|within|into|onto|upon|about|above|below|over|
under|after|before|during|until|till|through|throughout|across|along|among|amid|amongst|against|around|behind|
beside|besides|between|beyond|despite|except|inside|outside|near|off|out|past|per|regarding|concerning|
following|including|according|toward|towards|via|like|unlike|all|any|both|each|either|every|few|many|more|most|
much|neither|no|none|nothing|one|other|others|several|some|such|no|not|only|also|even|still|just|already|again|
always|never|often|sometimes|usually|perhaps|maybe|however|meanwhile|moreover|furthermore|nevertheless|
nonetheless|therefore|thus|hence|instead|otherwise|indeed|separately|similarly|likewise|additionally|finally|
first|firstly|second|secondly|third|then|now|today|yesterday|tomorrow|tonight|later|earlier|soon|recently|
currently|previously|initially|eventually|ultimately|overall|altogether|elsewhere|afterwards|afterward|
yes|yes,|well|oh|ok|okay|please|thanks|thank|dear|hello|sorry|asked|says|said|say|according|speaking|
commenting|responding|referring|asked|adding|noting|citing|quoting|explaining|stressing|saying|writing|
is|are|was|were|be|been|being|am|has|have|had|do|does|did|will|would|shall|should|can|could|may|might|must|
new|old|big|small|large|great|good|bad|high|low|long|short|last|next|early|late|top|key|main|major|minor|
breaking|update|updated|exclusive|analysis|opinion|comment|editorial|live|watch|read|more|photo|video|image|
file|source|sources|credit|caption|note|editor|editors|update|correction|report|reports|news|story|
monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|
september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|
two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|
billion|half|dozens|hundreds|thousands|millions|mr|mrs|ms|dr|let|lets|let's|many|much|despite|amid|nearly|
almost|about|around|roughly|some|another|whatever|whoever|wherever|whenever|everyone|everybody|someone|
somebody|anyone|anybody|nobody|everything|something|anything|because|why|people|officials|experts|critics|
analysts|residents|witnesses|police|authorities|government|officials|internet|web|
`)
