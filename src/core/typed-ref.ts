import { tokensToRawValues } from './bind-arguments.js';
import { pickSubcommand } from './command.js';
import { commandRef, type RefValue } from './command-ref.js';
import type { CommandRegistry } from './registry.js';
import { tokenize } from './tokenize.js';

/**
 * A command written as it is typed on the console (`/cohort goal 3 --by 2026-12-18`), read into
 * a command token for reply text: how declared examples and a command someone typed are shown
 * again on every platform. Undefined when it does not read (no such command, a quote left open,
 * an option it does not take).
 */
export function typedRef(registry: CommandRegistry, typed: string): string | undefined {
  const [, name = '', text = ''] = /^\/([a-z][a-z0-9-]*)\s*([\s\S]*)$/.exec(typed.trim()) ?? [];
  const command = registry.find(name);
  if (command === undefined) return undefined;
  try {
    const tokens = tokenize(text);
    const picked = pickSubcommand(command, tokens);
    if (picked === undefined) return undefined;
    const values = tokensToRawValues(text, picked.rest, picked.subcommand.options, { command: command.name, subcommand: picked.name, example: '' });
    const named = picked.rest.length < tokens.length;
    return commandRef(command.name, named ? picked.name : undefined, values as Record<string, RefValue>);
  } catch {
    return undefined;
  }
}
