import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import { tokenize } from '../../src/core/tokenize.js';

const simplify = (input: string) =>
  tokenize(input).map((token) => (token.type === 'word' ? token.value : `--${token.name}${token.inlineValue === undefined ? '' : `=${token.inlineValue}`}`));

describe('tokenize', () => {
  it('splits words on any whitespace', () => {
    expect(simplify('  occupation   graphic\tdesigner ')).toEqual(['occupation', 'graphic', 'designer']);
  });

  it('keeps quoted text as one word, with straight or curly quotes', () => {
    expect(simplify('add "Dana Lee" --role “UX designer”')).toEqual(['add', 'Dana Lee', '--role', 'UX designer']);
  });

  it('reads --name=value, including quoted values, and long dashes from autocorrect', () => {
    expect(simplify('--minutes=30 --role="Head nurse" —focus skills')).toEqual(['--minutes=30', '--role=Head nurse', '--focus', 'skills']);
  });

  it('treats apostrophes as letters', () => {
    expect(simplify("call Sam's office")).toEqual(['call', "Sam's", 'office']);
  });

  it('does not take negative numbers or lone dashes for flags', () => {
    expect(simplify('--minutes -5 - x')).toEqual(['--minutes', '-5', '-', 'x']);
  });

  it('lower-cases flag names', () => {
    expect(simplify('--Minutes 20')).toEqual(['--minutes', '20']);
  });

  it('records where each token sits in the text', () => {
    const [first, second] = tokenize('ab "c d"');
    expect([first?.start, first?.end, second?.start, second?.end]).toEqual([0, 2, 3, 8]);
  });

  it('rejects an unclosed quote with a clear message', () => {
    expect(() => tokenize('add "Dana Lee')).toThrow(UserError);
    expect(() => tokenize('add "Dana Lee')).toThrow(/never closed/);
  });
});

describe('tokenize, escaped quotes', () => {
  it('keeps a backslash-escaped quote inside a quoted word', () => {
    expect(simplify('--learned "say \\"hi\\" first" x')).toEqual(['--learned', 'say "hi" first', 'x']);
  });
});
