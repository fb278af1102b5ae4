/**
 * The later questions of a message that asks two things at once ("What is a normal week like,
 * and how many hours is it?", "Did you apply, or did someone bring you in?"): each starts with
 * an asking word after a question mark, a comma or an "and"/"or"/"but".
 */

/** Where a new question starts: a break, then an asking word. */
const SPLIT =
  /(?:[?;.!]\s*|,\s*(?:and\s+|or\s+|but\s+|also\s+)?|\s+(?:and|or|but|also)\s+)(?=(?:what|how|why|which|where|who|when|is|are|do|does|did|can|could|would|will|should|was|were)\b)/i;
/** A later part this short ("or is it?") says too little to be a question of its own. */
const MIN_WORDS = 4;

/** The questions a message asks after its first one, each long enough to stand alone. */
export function laterQuestions(message: string): string[] {
  const parts = message.split(new RegExp(SPLIT.source, 'gi'));
  return parts.slice(1).filter((part) => (part.match(/[a-z']+/gi) ?? []).length >= MIN_WORDS);
}
