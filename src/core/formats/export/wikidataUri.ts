/** Wikidata item ids as the registry stores them: `Q` and a number. */
const QID = /^Q[1-9]\d*$/

/** The concept URI of a Wikidata item (`http://www.wikidata.org/entity/Q7747`), or undefined for a missing or malformed id. */
export function wikidataUri(qid: string | undefined): string | undefined {
  const id = qid?.trim()
  return id && QID.test(id) ? `http://www.wikidata.org/entity/${id}` : undefined
}
