/**
 * An invented wire article of about `words` words in the seed's conventions (quotes that open
 * paragraphs, "X said:", reported speech, titles before names), built by cycling paragraphs
 * with varying names. Written for the benchmark; no shared data is copied.
 */
export function syntheticArticle(words: number): string {
  const people = ['Henrik Dahl', 'Anna Berg', 'Jonas Vik', 'Marta Lind', 'Piet Marsman', 'Lena Fisk', 'Yusuf Qaderi']
  const places = ['Oslo', 'Bergen', 'Brussels', 'Helsinki', 'Tromsø', 'Moscow', 'Tehran']
  const paras: string[] = []
  let count = 0
  for (let i = 0; count < words; i++) {
    const p = people[i % people.length]
    const last = p.split(' ')[1]
    const place = places[i % places.length]
    const templates = [
      `Government spokesman ${p} said on Tuesday in ${place}: “We will not accept a deal that leaves our coastal communities behind, and we have said so clearly.”`,
      `He added that talks with the European Commission would resume next month, Nordic Wire reports.`,
      `“If the other side wants an agreement, we are ready,” the government spokesman said, stressing the role of Iceland.`,
      `${last} noted that it is too early to say how many boats in ${place} will be affected by the new quotas announced by the ministry.`,
      `According to industry sources, the fleet lost half its catch last winter, and Prime Minister Anna Berg called the figures “alarming”.`,
      `Fishing Minister ${p} visited ${place} on Monday. The Kremlin and the United Nations were not invited to the talks.`
    ]
    const para = templates[i % templates.length]
    paras.push(para)
    count += para.split(/\s+/).length
  }
  return paras.join('\n')
}
