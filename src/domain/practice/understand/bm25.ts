/**
 * A small BM25 index over labelled example questions: each example is a bag of lemmas, and
 * a question is scored against every example that shares a term with it. Built once, in
 * memory; no library needed for a few hundred short documents.
 */

/** One labelled example. */
export interface LabelledExample<L extends string> {
  label: L;
  terms: readonly string[];
}

/** An example's label and how well it matches the question. */
export interface ScoredExample<L extends string> {
  label: L;
  score: number;
}

/** BM25 term-frequency saturation and length normalisation (the usual defaults). */
const K1 = 1.2;
const B = 0.75;
/**
 * Highest weight one term can have. Without a cap a word used by a single example (often a
 * field's name, such as "energy") outweighs the words that say what the question is about.
 */
export const MAX_IDF = 3.2;

/** A BM25 index over labelled examples. */
export class Bm25Index<L extends string> {
  private readonly postings = new Map<string, { doc: number; tf: number }[]>();
  private readonly lengths: number[];
  private readonly averageLength: number;

  /** Indexes the examples (their order is kept for stable tie-breaking). */
  constructor(private readonly examples: readonly LabelledExample<L>[]) {
    this.lengths = examples.map((e) => e.terms.length);
    this.averageLength = this.lengths.reduce((a, b) => a + b, 0) / Math.max(1, examples.length);
    examples.forEach((example, doc) => {
      const counts = new Map<string, number>();
      for (const term of example.terms) counts.set(term, (counts.get(term) ?? 0) + 1);
      for (const [term, tf] of counts) {
        const list = this.postings.get(term) ?? [];
        list.push({ doc, tf });
        this.postings.set(term, list);
      }
    });
  }

  /** Whether any example uses the term. */
  knows(term: string): boolean {
    return this.postings.has(term);
  }

  /** Inverse document frequency of a term (BM25's, floored at zero, capped at {@link MAX_IDF}). */
  idf(term: string): number {
    const df = this.postings.get(term)?.length ?? 0;
    return Math.min(MAX_IDF, Math.max(0, Math.log(1 + (this.examples.length - df + 0.5) / (df + 0.5))));
  }

  /** Every example sharing a term with the query, best first; `weights` make some query terms count more. */
  search(query: readonly string[], weights: ReadonlyMap<string, number> = new Map()): ScoredExample<L>[] {
    const scores = new Map<number, number>();
    for (const term of new Set(query)) {
      const idf = this.idf(term) * (weights.get(term) ?? 1);
      for (const { doc, tf } of this.postings.get(term) ?? []) {
        const norm = tf + K1 * (1 - B + (B * (this.lengths[doc] ?? 0)) / this.averageLength);
        scores.set(doc, (scores.get(doc) ?? 0) + (idf * tf * (K1 + 1)) / norm);
      }
    }
    return [...scores.entries()]
      .sort(([da, a], [db, b]) => b - a || da - db)
      .flatMap(([doc, score]) => {
        const example = this.examples[doc];
        return example === undefined ? [] : [{ label: example.label, score }];
      });
  }
}
