import { describe, expect, it } from 'vitest';
import { toDraft } from '../../../src/domain/practice/draft.js';
import { signerNameSpans } from '../../../src/domain/practice/signer.js';

const named = (text: string): string[] => signerNameSpans(text).map((s) => text.slice(s.start, s.end));

describe("the writer's own name", () => {
  it.each([
    ['Hi, my name is zhang wei, a student at Humber.', 'zhang wei'],
    ['Hello, this is María José de la Cruz, calling about nursing.', 'María José de la Cruz'],
    ["Hi, I'm Siobhán O'Connor.", "Siobhán O'Connor"],
    ['Thank you for your time.\n\nBest,\nNguyễn Thị Minh Anh', 'Nguyễn Thị Minh Anh'],
    ['Thanks again.\n\nKim Min-jun\n+1 416 555 0142', 'Kim Min-jun'],
    ['Good afternoon Samuel, Sione Tupou here. My co-op coordinator suggested I call.', 'Sione Tupou'],
    ['Bonjour, hello Helen, Fatou Diallo speaking, at 514-555-0111.', 'Fatou Diallo'],
  ])('is found in "%s" by where it stands, not by what it is', (text, name) => {
    expect(named(text)).toContain(name);
  });

  it('does not take a self-description for a name', () => {
    expect(named("Hi, I'm a second-year student and I'm calling about your program.")).toEqual([]);
    expect(named('Hi Helen, I am calling because Jamal Wright suggested it. Thanks for calling back.')).toEqual([]);
  });

  it('is masked for pattern checks and counted as two words, whatever its length', () => {
    const long = toDraft('Hi, my name is María José de la Cruz Fernández, at 416-555-0142.');
    const short = toDraft('Hi, my name is Sam Lee, at +44 20 7946 0958.');
    expect(long.measured).toBe(short.measured);
    expect(long.match).not.toMatch(/Cruz/);
    expect(long.named && short.named).toBe(true);
  });

  it('measures an email address as one address, even when it holds the name', () => {
    const plain = toDraft('This is Emily Smith, email emily.smith@mail.com.');
    const other = toDraft('This is Zhang Wei, email zhangwei88@mail.com.');
    expect(plain.measured).toBe(other.measured);
  });

  it("never lets the writer's name pass for the referrer's", () => {
    expect(toDraft('Hello, this is Grace Kim Nguyen.').match).not.toMatch(/grace|kim/i);
  });
});
