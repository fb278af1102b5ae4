import { validateArguments } from '../../src/core/bind-arguments.js';
import type { CommandRef } from '../../src/core/command-ref.js';
import { commandRef } from '../../src/core/command-ref.js';
import type { ArgsOf, OptionsShape } from '../../src/core/options.js';

/**
 * Checks a submitted form against the same options as the command it stands for (its field
 * names are the option names), so a form and a one-line shortcut obey the same rules. A
 * refused answer is named as its field (`learned`), never as a flag nobody typed; `example` is
 * the command the form stands for, with example values.
 */
export function formArguments<O extends OptionsShape>(
  values: Readonly<Record<string, string>>,
  options: O,
  example: Pick<CommandRef, 'command' | 'subcommand' | 'args'>,
): ArgsOf<O> {
  const present = Object.fromEntries(Object.entries(values).filter(([, value]) => value.trim() !== ''));
  const { command, subcommand = '', args } = example;
  return validateArguments(present, options, { command, subcommand, example: commandRef(command, subcommand, args), form: true });
}
