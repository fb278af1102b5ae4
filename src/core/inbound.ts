import type { Actor, Conversation } from './identity.js';
import type { ActionRef } from './reply.js';

/** Something a person did that Rapport must answer. */
export type Inbound =
  /** A slash command as typed: `/questions occupation nurse` is `{ command: 'questions', text: 'occupation nurse' }`. */
  | { readonly kind: 'command'; readonly command: string; readonly text: string }
  /** A slash command whose options the platform already parsed (Discord). */
  | {
      readonly kind: 'structured-command';
      readonly command: string;
      readonly subcommand?: string;
      readonly values: Readonly<Record<string, unknown>>;
    }
  /** A button press, a menu choice or a form submission. */
  | {
      readonly kind: 'action';
      readonly action: ActionRef;
      readonly selected?: string;
      readonly values?: Readonly<Record<string, string>>;
    }
  /** A plain message, not a command, in a direct conversation with Rapport. */
  | { readonly kind: 'message'; readonly text: string };

/** An inbound event with who sent it and where. */
export interface Envelope {
  readonly actor: Actor;
  readonly conversation: Conversation;
  readonly inbound: Inbound;
}
