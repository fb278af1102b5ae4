import { MAX_ACTION_REF_LENGTH, type ActionRef, type Block, type Button, type Field, type Form, type Reply, type Select, type SelectOption } from './reply.js';

/** A reply only the person who asked can see. */
export function ephemeral(...blocks: Block[]): Reply {
  return { visibility: 'ephemeral', blocks };
}

/** A reply everyone in the conversation can see. */
export function publicReply(...blocks: Block[]): Reply {
  return { visibility: 'public', blocks };
}

/** A reply that opens a form (with optional blocks shown beside it). */
export function formReply(form: Form, ...blocks: Block[]): Reply {
  return { visibility: 'ephemeral', blocks, form };
}

/** A heading block. */
export const heading = (text: string): Block => ({ type: 'heading', text });

/** A paragraph of markdown-lite text. */
export const text = (value: string): Block => ({ type: 'text', text: value });

/** A bulleted list. */
export const bullets = (items: readonly string[]): Block => ({ type: 'list', items, ordered: false });

/** A numbered list. */
export const numbered = (items: readonly string[]): Block => ({ type: 'list', items, ordered: true });

/** Labels and values side by side. */
export const fields = (items: readonly Field[]): Block => ({ type: 'fields', fields: items });

/** Small print under the main content. */
export const context = (value: string): Block => ({ type: 'context', text: value });

/** A horizontal rule. */
export const divider: Block = { type: 'divider' };

/** A row of buttons and select menus. */
export const actions = (...elements: (Button | Select)[]): Block => ({ type: 'actions', elements });

/** Encodes an action reference as one string (`command:action:payload`). */
export function encodeActionRef(ref: ActionRef): string {
  return ref.payload === undefined ? `${ref.command}:${ref.action}` : `${ref.command}:${ref.action}:${ref.payload}`;
}

/** Reads an {@link encodeActionRef} string back (the payload may itself hold colons); undefined when it is not one. */
export function decodeActionRef(encoded: string): ActionRef | undefined {
  const [command = '', action = '', ...payload] = encoded.split(':');
  if (command === '' || action === '') return undefined;
  return payload.length === 0 ? { command, action } : { command, action, payload: payload.join(':') };
}

/** Builds an action reference, refusing one too long to survive a platform's custom id limit. */
export function actionRef(command: string, action: string, payload?: string): ActionRef {
  const ref: ActionRef = payload === undefined ? { command, action } : { command, action, payload };
  const encoded = encodeActionRef(ref);
  if (encoded.length > MAX_ACTION_REF_LENGTH) {
    throw new RangeError(`Action reference "${encoded}" is longer than ${MAX_ACTION_REF_LENGTH} characters.`);
  }
  return ref;
}

/** A button that routes back to `command`'s `action` handler. */
export function button(label: string, ref: ActionRef, style?: Button['style']): Button {
  return style === undefined ? { type: 'button', label, action: ref } : { type: 'button', label, action: ref, style };
}

/** A select menu that routes the chosen value back to an action handler. */
export function select(placeholder: string, ref: ActionRef, options: readonly SelectOption[]): Select {
  return { type: 'select', placeholder, action: ref, options };
}
