import { wordSet } from './wordSet'

/**
 * Nouns that name who speaks when no person is named ("officials said", "the ministry said",
 * "Iranian sources"), lower-cased. Together with ROLE_NOUNS they tell a speaker description from
 * any other words before a speech verb. Written for the project.
 */
export const SPEAKER_NOUNS: Set<string> = wordSet(`
officials|official|sources|source|police|authorities|analysts|experts|critics|witnesses|residents|researchers|
scientists|doctors|lawyers|prosecutors|investigators|organisers|organizers|protesters|protestors|activists|
diplomats|observers|aides|advisers|advisors|spokespeople|representatives|members|leaders|lawmakers|legislators|
voters|supporters|opponents|people|officers|soldiers|troops|militants|rebels|insurgents|workers|employees|staff|
students|teachers|parents|families|relatives|neighbours|neighbors|survivors|victims|fans|players|ministry|
government|administration|department|agency|office|commission|committee|council|court|company|firm|group|
party|campaign|statement|report|study|survey|poll|document|letter|memo|spokesman|spokeswoman|spokesperson|
embassy|military|army|navy|police|union|organisation|organization|foundation|institute|university|bank|
website|newspaper|paper|magazine|broadcaster|channel|network|agency|outlet|board|panel|team|club|league|
authority|regulator|watchdog|operator|airline|manufacturer|prosecutor|judge|jury|coroner|inquiry|investigation|
polls|polling|pollsters|surveys|studies|reports|analysis|analyses|data|figures|numbers|statistics|results|outcome|
evidence|research|records|documents|findings|estimates|projections|tally|count|audit|review|memo|filing|complaint|
lawsuit|ruling|verdict|indictment|affidavit|transcript|ad|ads|video|tweet|post|column|editorial|op-ed|article|
book|speech|remarks|testimony|readout|guidelines|law|bill|legislation|proposal|plan|platform|policy|
pundits|commentators|strategists|insiders|donors|economists|historians|scholars|academics|skeptics|sceptics|detractors|
backers|allies|rivals|challengers|candidates|executives|investors|consumers|delegates|superdelegates|senators|governors|
conservatives|liberals|progressives|moderates|democrats|republicans|evangelicals|pollster|commentator|strategist|
`)
