/** The checks every scenario's labelled corpus must pass, shared by the scenario test files. */
import { describe, expect, it } from 'vitest';
import type { Scorecard } from '../../../src/domain/practice/index.js';
import type { PracticeExample } from '../../fixtures/practice/types.js';
import { isOwnWords } from './play.js';

/** Asserts that a scorecard's feedback quotes only the student's own words, in short quotes. */
export function expectOwnQuotes(card: Scorecard, messages: readonly string[]): void {
  expect(card.improvements.length).toBeLessThanOrEqual(3);
  for (const improvement of card.improvements) {
    expect(isOwnWords(improvement.quote, messages), improvement.quote).toBe(true);
    expect(improvement.quote.replace(/…/g, '').length).toBeLessThanOrEqual(80);
    expect(improvement.advice.length).toBeGreaterThan(20);
    expect(card.mistakes).toContain(improvement.mistake);
  }
  if (card.rewrite !== undefined) expect(isOwnWords(card.rewrite.original, messages), card.rewrite.original).toBe(true);
  expect(card.wentWell.length).toBeGreaterThan(0);
}

/** Asserts one verdict per criterion: praise only beside full marks, never beside a lost point. */
export function expectOneVerdict(card: Scorecard): void {
  const full = new Set(card.criteria.filter((c) => c.points === c.weight).map((c) => c.note));
  for (const praise of card.wentWell.filter((w) => card.criteria.some((c) => c.note === w))) expect(full, praise).toContain(praise);
  for (const c of card.criteria.filter((c) => c.points < c.weight)) expect(card.wentWell, c.label).not.toContain(c.note);
  expect(new Set(card.mistakes).size).toBe(card.mistakes.length);
}

/** Runs the shared corpus checks for one scenario, scoring each example once. */
export function describeCorpus<E extends PracticeExample>(name: string, examples: readonly E[], score: (ex: E) => Scorecard): void {
  const cache = new Map<string, Scorecard>();
  const cardOf = (ex: E): Scorecard => {
    const known = cache.get(ex.id);
    if (known !== undefined) return known;
    const card = score(ex);
    cache.set(ex.id, card);
    return card;
  };
  const strong = examples.filter((ex) => ex.quality === 'strong');
  const weak = examples.filter((ex) => ex.quality === 'weak');

  describe(`${name} corpus`, () => {
    it('has strong and weak examples with unique ids', () => {
      expect(strong.length).toBeGreaterThanOrEqual(5);
      expect(weak.length).toBeGreaterThanOrEqual(8);
      expect(new Set(examples.map((ex) => ex.id)).size).toBe(examples.length);
    });

    it('scores every strong example above every weak one', () => {
      const weakest = Math.min(...strong.map((ex) => cardOf(ex).score));
      const best = Math.max(...weak.map((ex) => cardOf(ex).score));
      expect(weakest).toBeGreaterThan(best);
    });

    it.each(weak)('names the typical mistakes of $id, quoting the student', (ex) => {
      const card = cardOf(ex);
      expect(ex.expectMistakes.length).toBeGreaterThan(0);
      for (const code of ex.expectMistakes) {
        expect(card.mistakes).toContain(code);
        const improvement = card.improvements.find((i) => i.mistake === code);
        expect(improvement, `improvement for ${code}`).toBeDefined();
        expect(isOwnWords(improvement?.quote ?? '', ex.messages), `quote "${improvement?.quote ?? ''}"`).toBe(true);
      }
    });

    it.each(examples)('quotes only the student in the feedback of $id', (ex) => {
      expectOwnQuotes(cardOf(ex), ex.messages);
    });

    it.each(weak)('suggests a rewrite of a line of $id', (ex) => {
      const card = cardOf(ex);
      expect(card.rewrite?.suggestion).toBeTruthy();
      expect(card.rewrite?.suggestion).not.toBe(card.rewrite?.original);
    });

    it.each(strong)('gives $id a high score and no typical mistakes', (ex) => {
      const card = cardOf(ex);
      expect(card.score).toBeGreaterThanOrEqual(85);
      expect(ex.expectMistakes).toEqual([]);
    });

    it.each(examples)('totals the weighted criteria of $id', (ex) => {
      const card = cardOf(ex);
      expect(card.criteria.reduce((sum, c) => sum + c.weight, 0)).toBe(100);
      expect(card.score).toBe(card.criteria.reduce((sum, c) => sum + c.points, 0));
      for (const c of card.criteria) {
        expect(c.points).toBeGreaterThanOrEqual(0);
        expect(c.points).toBeLessThanOrEqual(c.weight);
        expect(Number.isInteger(c.points)).toBe(true);
        expect(c.note.length).toBeGreaterThan(0);
      }
      expect(new Set(card.mistakes).size).toBe(card.mistakes.length);
    });

    it.each(examples)('gives one verdict per criterion in $id: praise only for full marks', (ex) => {
      expectOneVerdict(cardOf(ex));
    });

    it.each(examples)('scores $id the same way every time', (ex) => {
      expect(score(ex)).toEqual(cardOf(ex));
    });
  });
}
