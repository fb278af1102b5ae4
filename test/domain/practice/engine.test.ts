import { describe, expect, it } from 'vitest';
import {
  ALREADY_FINISHED_MESSAGE,
  DIFFICULTIES,
  INPUT_TOO_LONG_MESSAGE,
  MAX_INPUT_CHARS,
  SCENARIO_IDS,
  SCENARIO_TITLES,
  continueRehearsal,
  listPersonas,
  parseRehearsalState,
  scenarioBrief,
  startRehearsal,
  validateStudentText,
  type RehearsalOutput,
  type RehearsalState,
} from '../../../src/domain/practice/index.js';
import { CALL_EXAMPLES } from '../../fixtures/practice/call.js';
import { INTERVIEW_EXAMPLES } from '../../fixtures/practice/interview.js';
import { seedFor } from './play.js';

function replay(state: RehearsalState, messages: readonly string[]): RehearsalOutput[] {
  const outs: RehearsalOutput[] = [];
  let current = state;
  for (const m of messages) {
    const out = continueRehearsal(current, m);
    outs.push(out);
    current = out.state;
  }
  return outs;
}

describe('rehearsal state', () => {
  it('round-trips through JSON mid-interview and continues identically', () => {
    const ex = INTERVIEW_EXAMPLES[0]!;
    let state = startRehearsal({ scenario: 'interview', personaId: ex.personaId, field: ex.field, seed: 42 }).state;
    state = replay(state, ex.messages.slice(0, 3)).at(-1)!.state;
    const restored = JSON.parse(JSON.stringify(state)) as unknown;
    expect(parseRehearsalState(restored)).toEqual(state);
    expect(replay(parseRehearsalState(restored), ex.messages.slice(3))).toEqual(replay(state, ex.messages.slice(3)));
  });

  it('round-trips through JSON mid-call and continues identically', () => {
    const ex = CALL_EXAMPLES.find((e) => e.path.length === 3)!;
    const start = startRehearsal({ scenario: 'call', personaId: ex.personaId, seed: seedFor(ex) });
    const mid = continueRehearsal(start.state, ex.messages[0]!).state;
    const restored = parseRehearsalState(JSON.parse(JSON.stringify(mid)));
    expect(replay(restored, ex.messages.slice(1))).toEqual(replay(mid, ex.messages.slice(1)));
  });

  it('does not change the state it is given', () => {
    const start = startRehearsal({ scenario: 'interview', personaId: 'daniel-cho', seed: 3 });
    const frozen = JSON.stringify(start.state);
    continueRehearsal(start.state, 'How did you get into software engineering?');
    expect(JSON.stringify(start.state)).toBe(frozen);
  });

  it('rejects corrupt stored state', () => {
    const state = startRehearsal({ scenario: 'email', personaId: 'grace-osei', seed: 1 }).state;
    expect(() => parseRehearsalState({ ...state, scenario: 'karaoke' })).toThrow();
    expect(() => parseRehearsalState({ ...state, personaId: 'priya-shah' })).toThrow();
    expect(() => parseRehearsalState({ ...state, seed: -1 })).toThrow();
  });
});

describe('determinism', () => {
  it.each(SCENARIO_IDS)('gives the same %s rehearsal for the same seed and messages', (scenario) => {
    const run = () => {
      const start = startRehearsal({ scenario, seed: 1234, field: 'public health' });
      return [start, ...replay(start.state, ['Hi, this is Sam Lee. How did you get into this work?', 'Thank you, that is all.'])];
    };
    expect(run()).toEqual(run());
  });

  it('chooses a persona from the seed when none is given, and varies it across seeds', () => {
    const chosen = new Set(Array.from({ length: 30 }, (_, seed) => startRehearsal({ scenario: 'voicemail', seed }).state.personaId));
    expect(chosen.size).toBe(listPersonas('voicemail').length);
  });
});

describe('engine behaviour', () => {
  it('processes a draft at once and returns the scorecard', () => {
    const out = startRehearsal({ scenario: 'thanks', personaId: 'nadia-rahman', seed: 1, draft: 'Thank you for your time. Best, Sam' });
    expect(out.finished).toBe(true);
    expect(out.scorecard?.scenario).toBe('thanks');
    expect(out.state.step).toBe('done');
  });

  it('starts with the brief, then the first persona line or prompt', () => {
    for (const scenario of SCENARIO_IDS) {
      const out = startRehearsal({ scenario, seed: 5 });
      expect(out.say[0]).toBe(`[${scenarioBrief({ scenario, personaId: out.state.personaId })}]`);
      expect(out.say.length).toBeGreaterThanOrEqual(2);
      expect(out.finished).toBe(false);
    }
  });

  it('refuses over-long and empty messages without changing the state', () => {
    const start = startRehearsal({ scenario: 'email', personaId: 'lena-fischer', seed: 1 });
    const long = continueRehearsal(start.state, 'a'.repeat(MAX_INPUT_CHARS + 1));
    expect(long.state).toBe(start.state);
    expect(long.say).toEqual([`[${INPUT_TOO_LONG_MESSAGE}]`]);
    expect(continueRehearsal(start.state, '   ').state).toBe(start.state);
    expect(validateStudentText('  hello\u0007 ')).toEqual({ ok: true, text: 'hello' });
  });

  it('answers messages after the end with a reminder and the same scorecard', () => {
    const done = startRehearsal({ scenario: 'voicemail', personaId: 'jordan-blake', seed: 1, draft: "Hi, it's Alex. Call me at 416-555-0111." });
    const again = continueRehearsal(done.state, 'hello?');
    expect(again.finished).toBe(true);
    expect(again.say).toEqual([`[${ALREADY_FINISHED_MESSAGE}]`]);
    expect(again.scorecard).toEqual(done.scorecard);
  });

  it('throws on an unknown persona', () => {
    expect(() => startRehearsal({ scenario: 'call', personaId: 'nobody', seed: 1 })).toThrow(/Unknown persona/);
  });

  it('keeps the field short and clean', () => {
    const out = startRehearsal({ scenario: 'interview', personaId: 'aisha-grant', seed: 1, field: '  <b>nursing</b>   ' });
    expect(out.state.field).toBe('nursing');
    expect(startRehearsal({ scenario: 'interview', seed: 1, field: '   ' }).state.field).toBeUndefined();
  });
});

describe('catalogue', () => {
  it.each(SCENARIO_IDS)('offers %s with a title, at least three personas and a brief for each', (scenario) => {
    expect(SCENARIO_TITLES[scenario].length).toBeGreaterThan(5);
    const personas = listPersonas(scenario);
    expect(personas.length).toBeGreaterThanOrEqual(3);
    expect(new Set(personas.map((p) => p.id)).size).toBe(personas.length);
    for (const p of personas) {
      const brief = scenarioBrief({ scenario, personaId: p.id, field: 'nursing' });
      expect(brief).toContain(p.name);
      expect(brief.split(/\s+/).length).toBeLessThan(120);
    }
  });

  it('uses every difficulty', () => {
    for (const difficulty of DIFFICULTIES) expect(startRehearsal({ scenario: 'call', seed: 1, difficulty }).state.difficulty).toBe(difficulty);
  });
});
