import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEnvironment } from '../src/env-file.js';

/** A `.env` file with `lines`, in a folder of its own. */
const envFile = (...lines: string[]): string => {
  const path = join(mkdtempSync(join(tmpdir(), 'rapport-env-')), '.env');
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
};

describe('readEnvironment', () => {
  it('adds the settings of the file, comments and quotes as dotenv reads them', () => {
    const env: NodeJS.ProcessEnv = {};
    const warnings = readEnvironment(env, envFile('# Slack', 'SLACK_BOT_TOKEN=xoxb-1', 'DISCORD_ADVISOR_ROLE="Career Advisor"', 'LOG_LEVEL='));
    expect(env).toEqual({ SLACK_BOT_TOKEN: 'xoxb-1', DISCORD_ADVISOR_ROLE: 'Career Advisor', LOG_LEVEL: '' });
    expect(warnings).toEqual([]);
  });

  it('keeps a variable the environment already sets: the environment wins over the file', () => {
    const env: NodeJS.ProcessEnv = { ADVISOR_IDS: 'ana' };
    readEnvironment(env, envFile('ADVISOR_IDS=bo', 'DEFAULT_TIMEZONE=Europe/Paris'));
    expect(env).toEqual({ ADVISOR_IDS: 'ana', DEFAULT_TIMEZONE: 'Europe/Paris' });
  });

  it('changes nothing when there is no file', () => {
    const env: NodeJS.ProcessEnv = { PATH: '/usr/bin' };
    expect(readEnvironment(env, join(tmpdir(), 'no-such-folder', '.env'))).toEqual([]);
    expect(env).toEqual({ PATH: '/usr/bin' });
  });

  it('names a misspelled setting of the file with the closest known name, and one it cannot place with where the names are', () => {
    const path = envFile('DATABSE_PATH=./data/rapport.db', 'GREETING=hello');
    expect(readEnvironment({}, path)).toEqual([
      `DATABSE_PATH (in ${path}) is not a Rapport setting and is ignored: did you mean DATABASE_PATH?`,
      `GREETING (in ${path}) is not a Rapport setting and is ignored: the settings are listed in .env.example`,
    ]);
  });

  it("names unknown variables of the environment that look like Rapport's or are a typo away from a setting, not the machine's own", () => {
    const env = {
      PATH: '/usr/bin',
      HOME: '/root',
      TERM: 'xterm',
      LANG: 'C.UTF-8',
      npm_config_port: '1',
      LOG_LEVL: 'debug',
      RAPPORT_MODE: 'x',
      SLACK_TOKEN: 'xoxb-1',
      PORT: '3000',
    };
    expect(readEnvironment(env, join(tmpdir(), 'no-such-folder', '.env'))).toEqual([
      'LOG_LEVL (in the environment) is not a Rapport setting and is ignored: did you mean LOG_LEVEL?',
      'RAPPORT_MODE (in the environment) is not a Rapport setting and is ignored: the settings are listed in .env.example',
      'SLACK_TOKEN (in the environment) is not a Rapport setting and is ignored: the settings are listed in .env.example',
    ]);
  });
});
