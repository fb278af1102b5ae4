import type { InvocationStyle } from '../../src/core/invocation-style.js';
import type { Platform } from '../../src/core/identity.js';

/**
 * How each platform's messages should write commands: Discord asks for every option in a field
 * of its own and writes a chosen subcommand out (`/questions plan kind:occupation`), so
 * Rapport's examples and usage lines do the same there; elsewhere people type words and flags.
 * In a module of its own, without discord.js, for the composition root to hand to every mode.
 * @see https://discord.com/developers/docs/interactions/application-commands#slash-commands
 */
export function invocationStyleOf(platform: Platform): InvocationStyle {
  return platform === 'discord' ? 'fields' : 'words';
}
