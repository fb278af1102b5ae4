import type { Logger } from 'pino';
import type { Clock } from './clock.js';
import type { Actor, Conversation } from './identity.js';
import type { InvocationStyle } from './invocation-style.js';
import type { CommandRegistry } from './registry.js';
import type { Services } from './services.js';

/**
 * Everything a handler may touch. Handlers reach the world only through this object:
 * the person and the conversation, the clock, the logger and the repositories.
 */
export interface CommandContext {
  readonly actor: Actor;
  readonly conversation: Conversation;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly services: Services;
  readonly registry: CommandRegistry;
  /**
   * How a command is typed on the platform in use, e.g. `/remind` on the console but `/nudge`
   * on Slack, where /remind is built in. Use it in every message that names a command.
   */
  readonly slash: (commandName: string) => string;
  /** How commands are written on the platform in use: words and `--flags`, or one field per option (Discord). */
  readonly invocationStyle: InvocationStyle;
  /**
   * An invocation written in the canonical words (`/cohort goal 3 --by 2026-12-18`) as the
   * platform in use writes it (`/cohort goal interviews:3 by:2026-12-18` on Discord). Use it for
   * every example a message shows.
   */
  readonly invocation: (canonical: string) => string;
}
