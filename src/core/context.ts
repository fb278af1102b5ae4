import type { Logger } from 'pino';
import type { Clock } from './clock.js';
import type { Actor, Conversation } from './identity.js';
import type { CommandRegistry } from './registry.js';
import type { Services } from './services.js';

/**
 * Everything a handler may touch. Handlers reach the world only through this object:
 * the person and the conversation, the clock, the logger and the repositories. A reply names a
 * command with a command token (`commandRef` in `command-ref.ts`), which each platform writes.
 */
export interface CommandContext {
  readonly actor: Actor;
  readonly conversation: Conversation;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly services: Services;
  readonly registry: CommandRegistry;
}
