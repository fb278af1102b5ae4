import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

describe('ADVISOR_IDS', () => {
  it('names nobody by default', () => {
    expect(loadConfig({}).advisorIds).toEqual([]);
    expect(loadConfig({ ADVISOR_IDS: '' }).advisorIds).toEqual([]);
  });

  it('reads platform ids or console names separated by commas', () => {
    expect(loadConfig({ ADVISOR_IDS: 'U024BE7LH, 80351110224678912,ana' }).advisorIds).toEqual(['U024BE7LH', '80351110224678912', 'ana']);
  });

  it('refuses anything else with one line naming the setting and an example', () => {
    expect(() => loadConfig({ ADVISOR_IDS: 'ana;ben' })).toThrow(ConfigError);
    expect(() => loadConfig({ ADVISOR_IDS: 'ana,,ben' })).toThrow(
      /^ADVISOR_IDS must be user ids separated by commas .*e\.g\. ADVISOR_IDS=U024BE7LH,U0G9QF9C6$/,
    );
  });
});
