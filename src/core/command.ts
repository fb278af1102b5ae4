import type { Token } from './tokenize.js';
import type { CommandContext } from './context.js';
import type { Role } from './identity.js';
import type { ArgsOf, OptionsShape } from './options.js';
import type { Reply } from './reply.js';

/** What a handler may return: one reply or several. */
export type Replies = Reply | readonly Reply[];

/** One subcommand (or the whole command, for commands without subcommands). */
export interface Subcommand {
  readonly description: string;
  readonly options: OptionsShape;
  readonly examples: readonly string[];
  /** Overrides the command's role for this subcommand. */
  readonly role?: Role;
  readonly run: (ctx: CommandContext, args: Record<string, unknown>) => Promise<Replies> | Replies;
}

/** What an action handler receives when a button is pressed, a menu used or a form submitted. */
export interface ActionInput {
  /** The payload the button or menu carried. */
  readonly payload?: string;
  /** The chosen value of a select menu. */
  readonly selected?: string;
  /** Submitted form values, by field name; fields left empty are absent. */
  readonly values: Readonly<Record<string, string>>;
}

/** A handler for a button, a select menu or a form submission. */
export interface Action {
  readonly role?: Role;
  readonly run: (ctx: CommandContext, input: ActionInput) => Promise<Replies> | Replies;
}

/**
 * A command: its name, what it does, its subcommands with typed options, examples, the role it
 * requires, and handlers for its buttons and forms.
 */
export interface Command {
  readonly name: string;
  readonly description: string;
  readonly role: Role;
  readonly examples: readonly string[];
  readonly subcommands: Readonly<Record<string, Subcommand>>;
  /** The subcommand used when the first word names none (e.g. `/questions occupation nurse`). */
  readonly defaultSubcommand?: string;
  readonly actions: Readonly<Record<string, Action>>;
  /**
   * Offered every plain message (not a command) in a direct conversation; returns replies when
   * the command takes the message (an active rehearsal does), undefined otherwise.
   */
  readonly onMessage?: (ctx: CommandContext, text: string) => Promise<Replies | undefined>;
  /**
   * Offered after every command and plain message in a direct conversation: a reply to add
   * (the first question about the person's time zone), or undefined.
   */
  readonly afterDirect?: (ctx: CommandContext) => Promise<Reply | undefined>;
}

/** The typed declaration of a subcommand, before its argument types are erased for the registry. */
export interface SubcommandDeclaration<O extends OptionsShape> {
  readonly description: string;
  readonly options: O;
  readonly examples: readonly string[];
  readonly role?: Role;
  readonly run: (ctx: CommandContext, args: ArgsOf<O>) => Promise<Replies> | Replies;
}

/** Declares a subcommand; the handler's arguments are typed from its options. */
export function defineSubcommand<O extends OptionsShape>(declaration: SubcommandDeclaration<O>): Subcommand {
  // The dispatcher validates arguments against the same options before calling run.
  return declaration as unknown as Subcommand;
}

interface CommandBase {
  readonly name: string;
  readonly description: string;
  readonly role?: Role;
  readonly examples: readonly string[];
  readonly actions?: Readonly<Record<string, Action>>;
  readonly onMessage?: Command['onMessage'];
  readonly afterDirect?: Command['afterDirect'];
}

/** Declares a command with subcommands, one of which may be the default. */
export function defineCommand(
  declaration: CommandBase & { readonly subcommands: Readonly<Record<string, Subcommand>>; readonly defaultSubcommand?: string },
): Command;
/** Declares a command without subcommands: its options and handler sit on the command itself. */
export function defineCommand<O extends OptionsShape>(
  declaration: CommandBase & { readonly options: O; readonly run: SubcommandDeclaration<O>['run'] },
): Command;
export function defineCommand(
  declaration: CommandBase & Partial<Pick<Command, 'subcommands' | 'defaultSubcommand'>> & Partial<SubcommandDeclaration<OptionsShape>>,
): Command {
  const base = {
    name: declaration.name,
    description: declaration.description,
    role: declaration.role ?? 'member',
    examples: declaration.examples,
    actions: lookupOnly(declaration.actions ?? {}),
    ...(declaration.onMessage === undefined ? {} : { onMessage: declaration.onMessage }),
    ...(declaration.afterDirect === undefined ? {} : { afterDirect: declaration.afterDirect }),
  };
  if (declaration.subcommands !== undefined) {
    return {
      ...base,
      subcommands: lookupOnly(declaration.subcommands),
      ...(declaration.defaultSubcommand === undefined ? {} : { defaultSubcommand: declaration.defaultSubcommand }),
    };
  }
  if (declaration.options === undefined || declaration.run === undefined) {
    throw new TypeError(`Command ${declaration.name} needs either subcommands or options and run.`);
  }
  const only = defineSubcommand({
    description: declaration.description,
    options: declaration.options,
    examples: declaration.examples,
    run: declaration.run,
  });
  return { ...base, subcommands: lookupOnly({ [SOLE_SUBCOMMAND]: only }), defaultSubcommand: SOLE_SUBCOMMAND };
}

/** The key of the single subcommand of a command declared without subcommands. */
export const SOLE_SUBCOMMAND = '_';

/** True when the command was declared without subcommands. */
export function hasNamedSubcommands(command: Command): boolean {
  return !(SOLE_SUBCOMMAND in command.subcommands);
}

/** The subcommand some typed words choose, and the words after its name. */
export interface PickedSubcommand {
  readonly name: string;
  readonly subcommand: Subcommand;
  readonly rest: readonly Token[];
}

/** The subcommand that `tokens` name first, else the command's default with every token; undefined when neither is there. */
export function pickSubcommand(command: Command, tokens: readonly Token[]): PickedSubcommand | undefined {
  const first = tokens[0];
  if (hasNamedSubcommands(command) && first?.type === 'word') {
    const named = command.subcommands[first.value.toLowerCase()];
    if (named !== undefined) return { name: first.value.toLowerCase(), subcommand: named, rest: tokens.slice(1) };
  }
  const name = command.defaultSubcommand;
  const fallback = name === undefined ? undefined : command.subcommands[name];
  return name === undefined || fallback === undefined ? undefined : { name, subcommand: fallback, rest: tokens };
}

/**
 * `entries` in an object without a prototype, so a name looked up in it (a subcommand or an
 * action someone typed or forged) is one of its own entries or nothing: never `constructor`,
 * `toString` or `__proto__` inherited from `Object`.
 */
function lookupOnly<T>(entries: Readonly<Record<string, T>>): Readonly<Record<string, T>> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}
