/** Adverbs and auxiliaries between a speaker and the verb: "Peskov also said", "he has said". */
export function isAdverb(lower: string): boolean {
  return /^(also|later|then|again|further|previously|earlier|once|repeatedly|recently|separately|has|have|had|was|is|would|will|had|did|does|do|not|never|still|just|already|quickly|simply|only|even|often|always|frequently|publicly|privately|reportedly|reportedly|allegedly|famously|flatly|bluntly|angrily|firmly|both|long|could|might|may|should|must|can)$/.test(lower) || /ly$/.test(lower)
}
