import type { Logger } from 'pino';
import { tokensToRawValues, validateArguments, type BindingHelp, type RawValues } from './bind-arguments.js';
import type { Clock } from './clock.js';
import { SOLE_SUBCOMMAND, type Command, type Replies, type Subcommand } from './command.js';
import { RUN_TYPED_ACTION, commandWordQuestion } from './command-word-question.js';
import type { CommandContext } from './context.js';
import { UserError, badInput } from './errors.js';
import { isStorageFull, storageFullReply, unexpectedErrorReply, userErrorReply } from './error-replies.js';
import type { Actor, Role } from './identity.js';
import type { Envelope, Inbound } from './inbound.js';
import { cleanEnvelope } from './clean-inbound.js';
import type { CommandRegistry } from './registry.js';
import { ephemeral, text } from './reply-builders.js';
import { withRoles } from './roles.js';
import type { Reply, SelectOption } from './reply.js';
import type { Services } from './services.js';
import { randomText } from './random-text.js';
import { closestMatch } from './suggest.js';
import { tokenize } from './tokenize.js';
import { commandInMessage, readTyped } from './typed-reading.js';
import { commandRef, usageRef } from './command-ref.js';
import { typedRef } from './typed-ref.js';
import { userText } from './user-text.js';

/** The command that explains the others; `--help` after any command shows its page. */
const HELP_COMMAND = 'help';

/** What the dispatcher needs from the composition root. */
export interface DispatcherDeps {
  readonly registry: CommandRegistry;
  readonly services: Services;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Told of every event handled, for metrics. */
  readonly onHandled?: (handled: Handled) => void;
}

/** One event the dispatcher handled: what it was, how it ended and how long it took. */
export interface Handled {
  /** The command it went to (a button's or form's command too); `unknown` for a name no command has, `message` for a plain message. */
  readonly command: string;
  readonly kind: Inbound['kind'];
  /** `refused`: the person was told what to fix; `failed`: an unexpected error, logged with an error id. */
  readonly outcome: 'ok' | 'refused' | 'failed';
  readonly seconds: number;
}

/** An option a person is typing, for {@link Dispatcher.suggest}. */
export interface SuggestionRequest {
  readonly command: string;
  /** The subcommand, or undefined for the command's default (or sole) one. */
  readonly subcommand?: string;
  readonly option: string;
  /** What the person has typed so far. */
  readonly typed: string;
}

/**
 * The one path every command, button, form and message takes: parse, validate, authorize, run.
 * It never throws: user errors become helpful replies, anything else is logged with an error
 * id and the person gets a short apology quoting it.
 */
export class Dispatcher {
  constructor(private readonly deps: DispatcherDeps) {}

  /** Handles one inbound event and returns the replies to show. */
  async dispatch(received: Envelope): Promise<Reply[]> {
    const envelope = cleanEnvelope(received);
    const started = performance.now();
    let outcome: Handled['outcome'] = 'ok';
    let notice: string | undefined;
    let replies: Reply[];
    try {
      const { users, advisors } = this.deps.services;
      // Roles are the platform's plus Rapport's own (ADVISOR_IDS, grants), resolved here for every event, beside the activity record.
      const [{ noticeWaiting }, roles] = await Promise.all([
        this.recordActivity(envelope.actor),
        advisors.rolesOf(envelope.actor.tenant, envelope.actor.userId),
      ]);
      if (noticeWaiting) notice = await users.takeDeliveryNotice(envelope.actor.tenant, envelope.actor.userId);
      const actor = withRoles(envelope.actor, roles);
      const ctx = this.contextFor({ ...envelope, actor });
      replies = toList(await this.route(ctx, envelope.inbound));
      if (envelope.conversation.isDirect && envelope.inbound.kind !== 'action') replies.push(...(await this.afterDirect(ctx)));
    } catch (error) {
      outcome = error instanceof UserError ? 'refused' : 'failed';
      replies = [this.errorReply(error, envelope)];
    }
    this.deps.onHandled?.({ command: this.commandOf(envelope.inbound), kind: envelope.inbound.kind, outcome, seconds: (performance.now() - started) / 1000 });
    return notice === undefined ? replies : [ephemeral(text(`📭 ${notice}`)), ...replies];
  }

  /**
   * Suggestions for an option while the person types it (Discord's autocomplete), from the
   * option's own suggester. None when the option has no suggester, the person may not use the
   * command, or the suggester fails (logged): suggestions are a convenience and never throw.
   */
  async suggest(who: Omit<Envelope, 'inbound'>, request: SuggestionRequest): Promise<readonly SelectOption[]> {
    const command = this.deps.registry.find(request.command);
    const subcommand = command?.subcommands[request.subcommand ?? command.defaultSubcommand ?? SOLE_SUBCOMMAND];
    const suggester = subcommand?.options[request.option]?.suggest;
    if (command === undefined || subcommand === undefined || suggester === undefined) return [];
    try {
      const actor = withRoles(who.actor, await this.deps.services.advisors.rolesOf(who.actor.tenant, who.actor.userId));
      if (!actor.roles.includes(subcommand.role ?? command.role)) return [];
      return await suggester(this.contextFor({ ...who, actor }), request.typed);
    } catch (error) {
      this.deps.logger.warn({ err: error, command: command.name, option: request.option }, 'suggestions failed');
      return [];
    }
  }

  /** The registered command an event went to, so that what people type never becomes a metric label. */
  private commandOf(inbound: Inbound): string {
    if (inbound.kind === 'message') return 'message';
    const name = inbound.kind === 'action' ? inbound.action.command : inbound.command;
    return this.deps.registry.find(name)?.name ?? 'unknown';
  }

  /** What commands add after a direct conversation's command or message; a failure there is logged and never costs the reply. */
  private async afterDirect(ctx: CommandContext): Promise<Reply[]> {
    const added: Reply[] = [];
    for (const command of this.deps.registry.all()) {
      if (command.afterDirect === undefined) continue;
      try {
        const reply = await command.afterDirect(ctx);
        if (reply !== undefined) added.push(reply);
      } catch (error) {
        this.deps.logger.warn({ err: error, command: command.name }, 'after-direct step failed');
      }
    }
    return added;
  }

  private errorReply(error: unknown, envelope: Envelope): Reply {
    if (error instanceof UserError) return userErrorReply(error);
    const errorId = newErrorId();
    this.deps.logger.error({ err: error, errorId, inbound: describe(envelope.inbound), user: envelope.actor.userId }, 'handler failed');
    return isStorageFull(error) ? storageFullReply(errorId) : unexpectedErrorReply(errorId);
  }

  /** Records the person's activity; on a full disk it is skipped (logged), so reading still works. */
  private async recordActivity(actor: Actor): Promise<{ readonly noticeWaiting: boolean }> {
    try {
      return await this.deps.services.users.recordActivity(actor, this.deps.clock.now());
    } catch (error) {
      if (!isStorageFull(error)) throw error;
      this.deps.logger.warn({ err: error, user: actor.userId }, 'activity not recorded: the disk is full');
      return { noticeWaiting: false };
    }
  }

  private contextFor(envelope: Omit<Envelope, 'inbound'>): CommandContext {
    return {
      actor: envelope.actor,
      conversation: envelope.conversation,
      clock: this.deps.clock,
      logger: this.deps.logger,
      services: this.deps.services,
      registry: this.deps.registry,
    };
  }

  private async route(ctx: CommandContext, inbound: Inbound): Promise<Replies> {
    switch (inbound.kind) {
      case 'command':
        return this.routeTyped(ctx, this.findCommand(inbound.command), inbound.text);
      case 'structured-command': {
        const command = this.findCommand(inbound.command);
        const name = inbound.subcommand ?? command.defaultSubcommand ?? SOLE_SUBCOMMAND;
        const subcommand = command.subcommands[name];
        if (subcommand === undefined) throw unknownSubcommand(this.deps.registry, command, name);
        return this.run(ctx, command, subcommand, { ...inbound.values }, bindingHelp(this.deps.registry, command, name, subcommand));
      }
      case 'action': {
        const command = this.findCommand(inbound.action.command);
        if (inbound.action.action === RUN_TYPED_ACTION) return this.routeTyped(ctx, command, inbound.action.payload ?? '');
        const action = command.actions[inbound.action.action];
        if (action === undefined)
          throw new UserError('not-found', 'That button no longer does anything.', `Run ${commandRef(command.name)} again for fresh buttons.`);
        this.authorize(ctx, action.role ?? command.role, command.name);
        return action.run(ctx, {
          ...(inbound.action.payload === undefined ? {} : { payload: inbound.action.payload }),
          ...(inbound.selected === undefined ? {} : { selected: inbound.selected }),
          values: inbound.values ?? {},
        });
      }
      case 'message':
        return this.routeMessage(ctx, inbound.text);
    }
  }

  /** Typed text: help when asked for, a question when a word looks like a command word, else the subcommand it names. */
  private async routeTyped(ctx: CommandContext, command: Command, typed: string): Promise<Replies> {
    const reading = readTyped(command, typed, tokenize(typed), this.deps.registry);
    switch (reading.kind) {
      case 'help':
        return this.helpFor(ctx, command, reading.subcommand);
      case 'unknown':
        throw unknownSubcommand(this.deps.registry, command, reading.word);
      case 'ask':
        return commandWordQuestion(ctx, command, reading);
      case 'run': {
        const { name, subcommand, rest } = reading.picked;
        const help = bindingHelp(this.deps.registry, command, name, subcommand);
        return this.run(ctx, command, subcommand, tokensToRawValues(typed, rest, subcommand.options, help), help);
      }
    }
  }

  /** The help command's page for `command` (and one subcommand); its usage line where no help command is registered. */
  private helpFor(ctx: CommandContext, command: Command, subcommandName: string | undefined): Promise<Replies> | Replies {
    const help = this.deps.registry.find(HELP_COMMAND);
    const page = help?.subcommands[SOLE_SUBCOMMAND];
    const about = subcommandName === undefined ? command.name : `${command.name} ${subcommandName}`;
    if (help === undefined || page === undefined) {
      const name = subcommandName ?? command.defaultSubcommand ?? SOLE_SUBCOMMAND;
      return ephemeral(text(`Usage: \`${usageRef(command.name, name)}\``));
    }
    return page.run(ctx, { command: about });
  }

  private async run(ctx: CommandContext, command: Command, subcommand: Subcommand, raw: RawValues, help: BindingHelp): Promise<Replies> {
    this.authorize(ctx, subcommand.role ?? command.role, command.name);
    const args = validateArguments(raw, subcommand.options, help);
    return subcommand.run(ctx, args);
  }

  private async routeMessage(ctx: CommandContext, text: string): Promise<Replies> {
    for (const command of this.deps.registry.all()) {
      if (command.onMessage === undefined) continue;
      const replies = await command.onMessage(ctx, text);
      if (replies !== undefined) return replies;
    }
    const meant = commandInMessage(text, this.deps.registry);
    if (meant !== undefined) {
      const shown = typedRef(this.deps.registry, meant) ?? userText(meant);
      throw badInput(`Commands start with a slash: did you mean \`${shown}\`?`, `${commandRef(HELP_COMMAND)} lists them all.`, shown);
    }
    throw badInput('I only understand commands here.', `Commands start with a slash; ${commandRef(HELP_COMMAND)} lists them all.`, commandRef(HELP_COMMAND));
  }

  private findCommand(name: string): Command {
    const command = this.deps.registry.find(name);
    if (command !== undefined) return command;
    const guess = this.deps.registry.suggest(name);
    const typed = userText(`/${name}`);
    throw new UserError(
      'not-found',
      guess === undefined ? `There is no ${typed} command.` : `There is no ${typed} command: did you mean ${commandRef(guess)}?`,
      `${commandRef(HELP_COMMAND)} lists every command.`,
      commandRef(guess ?? HELP_COMMAND),
    );
  }

  private authorize(ctx: CommandContext, role: Role, commandName: string): void {
    if (ctx.actor.roles.includes(role)) return;
    throw new UserError(
      'not-allowed',
      `Only ${role}s can do that with ${commandRef(commandName)}.`,
      'Ask your career advisor if you think you should have access.',
    );
  }
}

function unknownSubcommand(registry: CommandRegistry, command: Command, typed: string): UserError {
  const names = Object.keys(command.subcommands);
  const guess = closestMatch(typed, names);
  const invocation = commandRef(command.name);
  const what =
    typed === ''
      ? `${invocation} needs a subcommand.`
      : `${invocation} has no "${userText(typed)}" subcommand${guess === undefined ? '' : `: did you mean ${commandRef(command.name, guess)}?`}`;
  const example = (guess === undefined ? undefined : command.subcommands[guess]?.examples[0]) ?? command.examples[0];
  return badInput(what, `Its subcommands are ${names.join(', ')}.`, example === undefined ? undefined : typedRef(registry, example));
}

/** The subcommand being bound, for the messages about its arguments, with its first example (read when a message needs it). */
function bindingHelp(registry: CommandRegistry, command: Command, name: string, subcommand: Subcommand): BindingHelp {
  return {
    command: command.name,
    subcommand: name,
    get example() {
      const first = subcommand.examples[0];
      return (first === undefined ? undefined : typedRef(registry, first)) ?? commandRef(command.name, name === SOLE_SUBCOMMAND ? undefined : name);
    },
  };
}

function toList(replies: Replies): Reply[] {
  return Array.isArray(replies) ? [...(replies as readonly Reply[])] : [replies as Reply];
}

/** A fresh id for an unexpected error, quoted to the person and logged, e.g. `E-1A2B3C4D`. */
export function newErrorId(): string {
  return `E-${randomText(4, 'hex').toUpperCase()}`;
}

function describe(inbound: Inbound): string {
  switch (inbound.kind) {
    case 'command':
    case 'structured-command':
      return `/${inbound.command}`;
    case 'action':
      return `${inbound.action.command}:${inbound.action.action}`;
    case 'message':
      return 'message';
  }
}
