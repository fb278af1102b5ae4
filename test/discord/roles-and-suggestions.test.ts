import { describe, expect, it } from 'vitest';
import { repeatedChoices, suggestionChoices } from '../../adapters/discord/autocomplete.js';
import { splitRepeated } from '../../adapters/discord/discord-inbound.js';
import { ExpiringStore } from '../../adapters/discord/expiring-store.js';
import { rolesOf } from '../../adapters/discord/discord-roles.js';
import { integerOption, textOption } from '../../src/core/options.js';

describe('rolesOf', () => {
  it('makes everyone a member, and an advisor whoever manages the server or holds the advisor role', () => {
    expect(rolesOf(undefined, 'Career Advisor')).toEqual(['member']);
    expect(rolesOf({ managesServer: false, roleNames: ['@everyone', 'Student'] }, 'Career Advisor')).toEqual(['member']);
    expect(rolesOf({ managesServer: true, roleNames: [] }, 'Career Advisor')).toEqual(['member', 'advisor']);
    expect(rolesOf({ managesServer: false, roleNames: ['career advisor '] }, 'Career Advisor')).toEqual(['member', 'advisor']);
    expect(rolesOf({ managesServer: false, roleNames: ['Career Advisor'] }, 'Mentors')).toEqual(['member']);
  });
});

describe('repeatable options on Discord', () => {
  it('splits comma-separated values', () => {
    expect(splitRepeated(' skills, culture ,,path')).toEqual(['skills', 'culture', 'path']);
  });

  it('completes the last value, keeping the ones given and offering each choice once', () => {
    const choices = ['skills', 'culture', 'path', 'day-to-day'];
    expect(repeatedChoices(choices, '')).toEqual(choices.map((choice) => ({ name: choice, value: choice })));
    expect(repeatedChoices(choices, 'skills, c').map((choice) => choice.value)).toEqual(['skills, culture']);
    expect(repeatedChoices(choices, 'skills, culture,').map((choice) => choice.value)).toEqual(['skills, culture, path', 'skills, culture, day-to-day']);
  });
});

describe('suggestionChoices', () => {
  it('gives an integer option numbers, trims names and leaves out what Discord would refuse', () => {
    const number = integerOption({ description: 'n', min: 1, max: 9 });
    expect(
      suggestionChoices(
        [
          { label: '#3 call Sam', value: '3' },
          { label: 'bad', value: 'x' },
        ],
        number,
      ),
    ).toEqual([{ name: '#3 call Sam', value: 3 }]);
    const name = textOption({ description: 'name' });
    const many = Array.from({ length: 30 }, (_, index) => ({ label: `${'L'.repeat(120)}${index}`, value: `v${index}` }));
    const choices = suggestionChoices([...many, { label: 'long', value: 'v'.repeat(101) }], name);
    expect(choices).toHaveLength(25);
    expect(choices.every((choice) => choice.name.length <= 100)).toBe(true);
  });
});

describe('ExpiringStore', () => {
  it('forgets entries after their lifetime and the least recently used beyond capacity', () => {
    let now = 10_000;
    const store = new ExpiringStore<string>(1000, 2, () => now);
    const a = store.add('a');
    const b = store.add('b');
    expect([store.get(a), store.get(b)]).toEqual(['a', 'b']);
    now = 10_500;
    store.set(a, 'a2');
    store.add('c');
    expect(store.get(b)).toBeUndefined();
    expect(store.get(a)).toBe('a2');
    now = 11_500;
    expect(store.get(a)).toBe('a2');
    now = 11_501;
    expect(store.get(a)).toBeUndefined();
    expect(store.get('never')).toBeUndefined();
  });
});
