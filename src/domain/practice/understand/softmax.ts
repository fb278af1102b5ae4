/**
 * A small multinomial logistic regression (softmax) classifier over sparse named features (words,
 * word pairs) and a dense vector (a text's meaning vector). Trained by full-batch gradient
 * descent from zero weights, a fixed number of rounds: the same examples always give the same
 * model, whose weights can be taken out and put back (see trained.ts). Unlike nearest neighbours
 * it learns which words tell topics apart ("should i" asks for advice, "did you" for a story)
 * and that a field's name tells nothing.
 */

/** One example's features: named sparse features (each counts 1) and a dense vector. */
export interface Features {
  sparse: readonly string[];
  dense: Float32Array | null;
}

/** Training settings. */
export interface SoftmaxSettings {
  rounds: number;
  learningRate: number;
  /** L2 penalty on every weight, so that a word seen once does not decide alone. */
  l2: number;
}

/** A trained classifier's weights: every sparse feature in index order, then one weight per feature (or dimension) and label. */
export interface SoftmaxWeights<L extends string> {
  labels: readonly L[];
  dimensions: number;
  features: readonly string[];
  /** features x labels. */
  sparse: Float32Array;
  /** dimensions x labels. */
  dense: Float32Array;
  /** One per label. */
  bias: Float32Array;
}

/** A trained softmax classifier over a fixed set of labels. */
export class SoftmaxClassifier<L extends string> {
  private readonly featureIndex = new Map<string, number>();
  private sparseWeights: Float32Array;
  private denseWeights: Float32Array;
  private bias: Float32Array;

  /** The classifier with these weights, as {@link weights} gave them (no training). */
  static fromWeights<L extends string>(weights: SoftmaxWeights<L>): SoftmaxClassifier<L> {
    const classifier = new SoftmaxClassifier(weights.labels, weights.dimensions, [], { rounds: 0, learningRate: 0, l2: 0 });
    weights.features.forEach((feature, id) => classifier.featureIndex.set(feature, id));
    classifier.sparseWeights = weights.sparse;
    classifier.denseWeights = weights.dense;
    classifier.bias = weights.bias;
    return classifier;
  }

  /** The trained weights (the classifier's own arrays: not to be changed). */
  weights(): SoftmaxWeights<L> {
    return {
      labels: this.labels,
      dimensions: this.dimensions,
      features: [...this.featureIndex.keys()],
      sparse: this.sparseWeights,
      dense: this.denseWeights,
      bias: this.bias,
    };
  }

  /** Trains on the examples (labels not among `labels` are skipped). */
  constructor(
    private readonly labels: readonly L[],
    private readonly dimensions: number,
    examples: readonly { label: L; features: Features }[],
    settings: SoftmaxSettings,
  ) {
    for (const { features } of examples) for (const f of features.sparse) if (!this.featureIndex.has(f)) this.featureIndex.set(f, this.featureIndex.size);
    const classes = labels.length;
    this.sparseWeights = new Float32Array(this.featureIndex.size * classes);
    this.denseWeights = new Float32Array(dimensions * classes);
    this.bias = new Float32Array(classes);
    const rows = examples.flatMap(({ label, features }) => {
      const target = labels.indexOf(label);
      return target < 0 ? [] : [{ target, ids: [...new Set(features.sparse)].map((f) => this.featureIndex.get(f) ?? 0), dense: features.dense }];
    });
    this.train(rows, settings);
  }

  private train(rows: readonly { target: number; ids: number[]; dense: Float32Array | null }[], { rounds, learningRate, l2 }: SoftmaxSettings): void {
    const classes = this.labels.length;
    const sparseGrad = new Float32Array(this.sparseWeights.length);
    const denseGrad = new Float32Array(this.denseWeights.length);
    const biasGrad = new Float32Array(classes);
    const step = learningRate / Math.max(1, rows.length);
    for (let round = 0; round < rounds; round++) {
      sparseGrad.fill(0);
      denseGrad.fill(0);
      biasGrad.fill(0);
      for (const row of rows) {
        // The error per class: the probability given, less 1 for the right class.
        const err = this.probabilities(row.ids, row.dense);
        err[row.target] = (err[row.target] ?? 0) - 1;
        for (let c = 0; c < classes; c++) biasGrad[c] = (biasGrad[c] ?? 0) + (err[c] ?? 0);
        for (const id of row.ids) for (let c = 0; c < classes; c++) sparseGrad[id * classes + c] = (sparseGrad[id * classes + c] ?? 0) + (err[c] ?? 0);
        if (row.dense === null) continue;
        for (let d = 0; d < this.dimensions; d++) {
          const x = row.dense[d] ?? 0;
          for (let c = 0; c < classes; c++) denseGrad[d * classes + c] = (denseGrad[d * classes + c] ?? 0) + (err[c] ?? 0) * x;
        }
      }
      const decay = 1 - learningRate * l2;
      for (let i = 0; i < this.sparseWeights.length; i++) this.sparseWeights[i] = (this.sparseWeights[i] ?? 0) * decay - step * (sparseGrad[i] ?? 0);
      for (let i = 0; i < this.denseWeights.length; i++) this.denseWeights[i] = (this.denseWeights[i] ?? 0) * decay - step * (denseGrad[i] ?? 0);
      for (let c = 0; c < classes; c++) this.bias[c] = (this.bias[c] ?? 0) - step * (biasGrad[c] ?? 0);
    }
  }

  private probabilities(ids: readonly number[], dense: Float32Array | null): Float32Array {
    const classes = this.labels.length;
    const scores = Float32Array.from(this.bias);
    for (const id of ids) for (let c = 0; c < classes; c++) scores[c] = (scores[c] ?? 0) + (this.sparseWeights[id * classes + c] ?? 0);
    if (dense !== null) {
      for (let d = 0; d < this.dimensions; d++) {
        const x = dense[d] ?? 0;
        if (x !== 0) for (let c = 0; c < classes; c++) scores[c] = (scores[c] ?? 0) + x * (this.denseWeights[d * classes + c] ?? 0);
      }
    }
    let top = -Infinity;
    for (const score of scores) top = Math.max(top, score);
    let sum = 0;
    for (let c = 0; c < classes; c++) {
      scores[c] = Math.exp((scores[c] ?? 0) - top);
      sum += scores[c] ?? 0;
    }
    for (let c = 0; c < classes; c++) scores[c] = (scores[c] ?? 0) / sum;
    return scores;
  }

  /** Each label's probability for the features, most likely first (unknown sparse features are ignored). */
  classify(features: Features): { label: L; score: number }[] {
    const ids = [...new Set(features.sparse)].flatMap((f) => {
      const id = this.featureIndex.get(f);
      return id === undefined ? [] : [id];
    });
    const p = this.probabilities(ids, features.dense);
    return this.labels.map((label, c) => ({ label, score: p[c] ?? 0 })).sort((a, b) => b.score - a.score);
  }
}
