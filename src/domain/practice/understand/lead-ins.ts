/**
 * Students often say something before they ask ("Quick question, ...", "Sorry if this is basic,
 * but ..."). The topic classifier learns that such a lead-in says nothing about the topic by
 * seeing every training phrasing once more behind one: the same few lead-ins, taken in turn,
 * go in front of the phrasings of every topic alike.
 */

/** Lead-ins made only of function words and courtesy, so that none of them leans to a topic. */
const LEAD_INS = ['sorry if this is basic but', 'quick question', 'something i have been wondering about', 'so', 'okay and', 'i was told to ask this'] as const;

/** The phrasing behind the lead-in its position in the training set gives it. */
export function withLeadIn(text: string, position: number): string {
  const lead = LEAD_INS[position % LEAD_INS.length] ?? '';
  return `${lead}, ${text.charAt(0).toLowerCase()}${text.slice(1)}`;
}
