import { describe, expect, it } from 'vitest';
import { KeyedSerial } from '../../src/core/keyed-serial.js';

const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('KeyedSerial', () => {
  it('runs the tasks of one key in order, each after the one before has finished', async () => {
    const serial = new KeyedSerial();
    const events: string[] = [];
    const task = (name: string, ms: number) => async () => {
      events.push(`${name} start`);
      await later(ms);
      events.push(`${name} end`);
      return name;
    };
    expect(await Promise.all([serial.run('dm-1', task('first', 30)), serial.run('dm-1', task('second', 1))])).toEqual(['first', 'second']);
    expect(events).toEqual(['first start', 'first end', 'second start', 'second end']);
  });

  it('runs the tasks of different keys side by side', async () => {
    const serial = new KeyedSerial();
    const events: string[] = [];
    await Promise.all([
      serial.run('dm-1', async () => {
        events.push('a start');
        await later(30);
        events.push('a end');
      }),
      serial.run('dm-2', async () => {
        events.push('b start');
        await later(1);
        events.push('b end');
      }),
    ]);
    expect(events).toEqual(['a start', 'b start', 'b end', 'a end']);
  });

  it('still runs a task after one that failed, which fails alone', async () => {
    const serial = new KeyedSerial();
    const failed = serial.run('dm-1', () => Promise.reject(new Error('boom')));
    const next = serial.run('dm-1', () => Promise.resolve('ran'));
    await expect(failed).rejects.toThrow('boom');
    expect(await next).toBe('ran');
    await serial.idle();
  });
});
