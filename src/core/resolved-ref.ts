import { SOLE_SUBCOMMAND, type Command } from './command.js';
import type { CommandRef, RefValue } from './command-ref.js';
import type { OptionSpec, OptionsShape } from './options.js';
import type { CommandRegistry } from './registry.js';

/** A {@link CommandRef} read against the registry: what every platform's writer starts from. */
export interface ResolvedRef {
  readonly ref: CommandRef;
  /** The command, when the registry has it (a writer still writes an unknown one by its name). */
  readonly command: Command | undefined;
  /** The subcommand's key: the one named, else the command's default, else {@link SOLE_SUBCOMMAND}. */
  readonly subcommand: string;
  /** The subcommand's options as declared (none for an unknown command). */
  readonly options: OptionsShape;
  /** The given arguments in declared order, then any the declaration does not know. */
  readonly args: readonly (readonly [name: string, value: RefValue, spec: OptionSpec<unknown> | undefined])[];
}

/** Reads `ref` against the registry. */
export function resolveRef(ref: CommandRef, registry: CommandRegistry): ResolvedRef {
  const command = registry.find(ref.command);
  const subcommand = ref.subcommand ?? command?.defaultSubcommand ?? SOLE_SUBCOMMAND;
  const options = command?.subcommands[subcommand]?.options ?? {};
  const declared = Object.entries(options).flatMap(([name, spec]) => (ref.args[name] === undefined ? [] : [[name, ref.args[name], spec] as const]));
  const unknown = Object.entries(ref.args).flatMap(([name, value]) => (name in options ? [] : [[name, value, undefined] as const]));
  return { ref, command, subcommand, options, args: [...declared, ...unknown] };
}

/** What stands for an option's value in a usage line: `N`, `<occupation|industry>`, `<subject>`. */
export function valuePlaceholder(name: string, spec: OptionSpec<unknown>): string {
  if (spec.kind === 'integer') return 'N';
  return spec.kind === 'choice' ? `<${spec.choices?.join('|') ?? name}>` : `<${name}>`;
}
