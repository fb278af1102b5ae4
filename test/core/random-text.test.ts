import { describe, expect, it } from 'vitest';
import { randomText } from '../../src/core/random-text.js';

describe('randomText', () => {
  it('gives the asked number of bytes as base64url or hex, different each time, across pool refills', () => {
    const ids = Array.from({ length: 2000 }, () => randomText(8, 'base64url'));
    expect(ids.every((id) => /^[A-Za-z0-9_-]{11}$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(randomText(4, 'hex')).toMatch(/^[0-9a-f]{8}$/);
  });

  it('spreads its bytes evenly (each hex digit near one sixteenth over many draws)', () => {
    const digits = Array.from({ length: 4000 }, () => randomText(4, 'hex')).join('');
    const counts = Array.from({ length: 16 }, (_, value) => value.toString(16)).map((digit) => digits.split(digit).length - 1);
    for (const count of counts) expect(Math.abs(count / digits.length - 1 / 16)).toBeLessThan(0.01);
  });

  it('refuses more bytes than its pool holds', () => {
    expect(() => randomText(5000, 'hex')).toThrow(RangeError);
  });
});
