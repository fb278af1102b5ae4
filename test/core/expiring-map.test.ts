import { describe, expect, it } from 'vitest';
import { ExpiringMap } from '../../src/core/expiring-map.js';

describe('ExpiringMap', () => {
  it('forgets an entry once its lifetime from the last write is over', () => {
    let now = 0;
    const map = new ExpiringMap<string, number>(1000, 10, () => now);
    map.set('a', 1);
    now = 600;
    map.set('a', 2);
    now = 1599;
    expect(map.get('a')).toBe(2);
    now = 1600;
    expect(map.get('a')).toBeUndefined();
  });

  it('drops the least recently written beyond its capacity', () => {
    const map = new ExpiringMap<string, number>(1000, 2, () => 0);
    map.set('a', 1);
    map.set('b', 2);
    map.set('a', 3);
    map.set('c', 4);
    expect([map.get('a'), map.get('b'), map.get('c')]).toEqual([3, undefined, 4]);
  });

  it('forgets a key on request', () => {
    const map = new ExpiringMap<string, number>(1000, 2);
    map.set('a', 1);
    map.delete('a');
    expect(map.get('a')).toBeUndefined();
  });
});
