import { describe, expect, it } from 'vitest';
import { KeyedSerial } from '../../src/core/keyed-serial.js';

/** A task that records its start and end, and ends only when the test says so. */
function gatedTask(name: string, events: string[]): { readonly run: () => Promise<string>; readonly finish: () => void } {
  let finish = (): void => undefined;
  const gate = new Promise<void>((resolve) => {
    finish = resolve;
  });
  return {
    run: async () => {
      events.push(`${name} start`);
      await gate;
      events.push(`${name} end`);
      return name;
    },
    finish: () => {
      finish();
    },
  };
}

describe('KeyedSerial', () => {
  it('runs the tasks of one key in order, each after the one before has finished', async () => {
    const serial = new KeyedSerial();
    const events: string[] = [];
    const [first, second] = [gatedTask('first', events), gatedTask('second', events)];
    const results = Promise.all([serial.run('dm-1', first.run), serial.run('dm-1', second.run)]);
    second.finish();
    await Promise.resolve();
    expect(events).toEqual(['first start']);
    first.finish();
    expect(await results).toEqual(['first', 'second']);
    expect(events).toEqual(['first start', 'first end', 'second start', 'second end']);
  });

  it('runs the tasks of different keys side by side', async () => {
    const serial = new KeyedSerial();
    const events: string[] = [];
    const [a, b] = [gatedTask('a', events), gatedTask('b', events)];
    const ranA = serial.run('dm-1', a.run);
    const ranB = serial.run('dm-2', b.run);
    b.finish();
    await ranB;
    expect(events).toEqual(['a start', 'b start', 'b end']);
    a.finish();
    await ranA;
    expect(events).toEqual(['a start', 'b start', 'b end', 'a end']);
  });

  it('still runs a task after one that failed, which fails alone, and is idle once both settled', async () => {
    const serial = new KeyedSerial();
    const failed = serial.run('dm-1', () => Promise.reject(new Error('boom')));
    const next = serial.run('dm-1', () => Promise.resolve('ran'));
    await expect(failed).rejects.toThrow('boom');
    expect(await next).toBe('ran');
    await serial.idle();
  });
});
