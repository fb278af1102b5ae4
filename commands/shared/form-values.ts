import { validateArguments } from '../../src/core/bind-arguments.js';
import type { ArgsOf, OptionsShape } from '../../src/core/options.js';

/**
 * Checks a submitted form against the same options as the command it stands for (its field
 * names are the option names), so a form and a one-line shortcut obey the same rules. A
 * refused answer is named as its field (`learned`), never as a flag nobody typed.
 */
export function formArguments<O extends OptionsShape>(values: Readonly<Record<string, string>>, options: O, example: string): ArgsOf<O> {
  const present = Object.fromEntries(Object.entries(values).filter(([, value]) => value.trim() !== ''));
  return validateArguments(present, options, { usage: 'fill in the form again', example, style: 'fields' });
}
