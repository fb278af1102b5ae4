import { afterEach, describe, expect, it, vi } from 'vitest';
import { exitOnOldNode } from '../src/cli-exit.js';

describe('exitOnOldNode', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('stops Node 20 with one line saying how to run the Node 24 that npm installed', () => {
    const written: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => written.push(String(chunk)) > 0);
    vi.spyOn(process, 'exit').mockImplementation((code) => {
      throw new Error(`exit ${String(code)}`);
    });
    expect(() => {
      exitOnOldNode('20.20.2');
    }).toThrow('exit 2');
    expect(written).toEqual([expect.stringMatching(/^Rapport needs Node\.js 22 or newer .*this is Node\.js 20\.20\.2: start it with npm .*\n$/)]);
  });

  it('lets Node 22 and 24 run', () => {
    const exit = vi.spyOn(process, 'exit').mockImplementation(() => {
      throw new Error('exit');
    });
    exitOnOldNode('22.12.0');
    exitOnOldNode('24.22.3');
    expect(exit).not.toHaveBeenCalled();
  });
});
