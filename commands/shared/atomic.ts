import type { CommandContext } from '../../src/core/context.js';

/**
 * A handler whose writes commit together or not at all: it runs in one transaction
 * (`Services.atomically`), so a crash or a refusal half-way leaves nothing behind, neither
 * notes without their nudge nor a contact stuck at its old stage.
 */
export function atomic<A, R>(handler: (ctx: CommandContext, args: A) => Promise<R>): (ctx: CommandContext, args: A) => Promise<R> {
  return (ctx, args) => ctx.services.atomically((services) => handler({ ...ctx, services }, args));
}
