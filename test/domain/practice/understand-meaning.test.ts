import { describe, expect, it } from 'vitest';
import { theModel } from '../../../src/domain/practice/understand/model.js';
import { MeaningSpace, Neighbours, textVector } from '../../../src/domain/practice/understand/meaning.js';
import { SoftmaxClassifier } from '../../../src/domain/practice/understand/softmax.js';
import { understandQuestion } from '../../../src/domain/practice/understand/topic.js';
import { wordVectors, WordVectors } from '../../../src/domain/practice/understand/word-vectors.js';

describe('word vectors', () => {
  it('reads the shipped vectors: everyday words, each read back at unit length', () => {
    const vectors = wordVectors();
    expect(vectors.dimensions).toBe(100);
    for (const word of ['salary', 'mentor', 'weather', 'remuneration']) expect(vectors.has(word)).toBe(true);
    const one = textVector(vectors, [{ word: 'salary', weight: 3 }]);
    expect(one).not.toBeNull();
    expect(Math.hypot(...(one ?? []))).toBeCloseTo(1, 5);
    expect(textVector(vectors, [{ word: 'qzxqzx', weight: 1 }])).toBeNull();
  });

  it('refuses a vectors file cut short, naming the command that rebuilds it', () => {
    expect(() => WordVectors.fromBytes(new Uint8Array(5))).toThrow(/npm run build:word-vectors/);
    expect(() => WordVectors.fromBytes(new Uint8Array([2, 0, 0, 0, 3, 0, 0, 0, 1, 0, 0, 0, 97]))).toThrow(/npm run build:word-vectors/);
  });

  it('finds the words nearest in meaning, closest first, never the word itself', () => {
    const near = new Neighbours(wordVectors(), ['wage', 'weather', 'holiday', 'salary']);
    const found = near.nearest('salary', 3, 0);
    expect(found[0]?.word).toBe('wage');
    expect(found.map((n) => n.word)).not.toContain('salary');
    expect(found.map((n) => n.similarity)).toEqual([...found.map((n) => n.similarity)].sort((a, b) => b - a));
    expect(near.nearest('salary', 3, 0.99)).toEqual([]);
  });

  it('takes the examples’ shared direction out, so unrelated texts are not alike', () => {
    const texts = [
      ['salary', 'pay'],
      ['weather', 'rain'],
      ['team', 'colleagues'],
    ].map((words) => words.map((word) => ({ word, weight: 1 })));
    const space = new MeaningSpace(wordVectors(), texts);
    const [pay, rain] = [space.vectorOf(texts[0] ?? []), space.vectorOf(texts[1] ?? [])];
    const wage = space.vectorOf([{ word: 'wage', weight: 1 }]);
    const cos = (a: Float32Array | null, b: Float32Array | null) => [...(a ?? [])].reduce((sum, v, d) => sum + v * (b?.[d] ?? 0), 0);
    expect(cos(wage, pay)).toBeGreaterThan(cos(wage, rain) + 0.3);
  });
});

describe('softmax classifier', () => {
  const examples = [
    { label: 'pay' as const, features: { sparse: ['salary', 'how_much'], dense: null } },
    { label: 'pay' as const, features: { sparse: ['wage', 'how_much'], dense: null } },
    { label: 'hours' as const, features: { sparse: ['shift', 'how_long'], dense: null } },
    { label: 'hours' as const, features: { sparse: ['overtime', 'how_long'], dense: null } },
  ];
  const train = () => new SoftmaxClassifier(['pay', 'hours'], 0, examples, { rounds: 50, learningRate: 5, l2: 0.001 });

  it('learns which features tell the labels apart, and ignores features it never saw', () => {
    const model = train();
    expect(model.classify({ sparse: ['how_much', 'unseen'], dense: null })[0]?.label).toBe('pay');
    expect(model.classify({ sparse: ['overtime'], dense: null })[0]?.label).toBe('hours');
    const neither = model.classify({ sparse: ['unseen'], dense: null });
    expect(neither[0]?.score).toBeCloseTo(0.5, 1);
  });

  it('gives the same model from the same examples', () => {
    expect(train().classify({ sparse: ['salary'], dense: null })).toEqual(train().classify({ sparse: ['salary'], dense: null }));
  });
});

describe('understanding by meaning', () => {
  it('places a question whose key word no labelled example uses', () => {
    const cases = [
      ['Which periodicals do you subscribe to?', 'resources', 'periodicals'],
      ['Do you need a doctorate?', 'education', 'doctorate'],
      ['Which temperament suits this vocation?', 'skills', 'temperament'],
    ] as const;
    for (const [question, topic, newWord] of cases) {
      const understood = understandQuestion(question);
      expect(understood.unknownWords).toContain(newWord);
      expect(understood.topic).toBe(topic);
    }
  });

  it('builds its model once and answers the same way every time', () => {
    expect(theModel()).toBe(theModel());
    const question = 'honestly is the workload crazy during exams or is it ok';
    expect(understandQuestion(question)).toEqual(understandQuestion(question));
  });
});
