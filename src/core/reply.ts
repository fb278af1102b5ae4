/**
 * The platform-neutral reply model. Commands return these values; each adapter renders them
 * (console text, Slack Block Kit, Discord embeds and components). Text is "markdown-lite":
 * `*bold*`, `_italic_`, `` `code` `` and bare links, which every platform can show.
 */

/** Who sees a reply: only the person who asked, or everyone in the conversation. */
export type Visibility = 'ephemeral' | 'public';

/**
 * Where an interactive element leads: the command that owns it, the action's id within that
 * command, and an optional short payload (an id, a choice). Kept short on purpose: Discord
 * custom ids hold 100 characters, so larger state belongs in the database, referenced by id.
 */
export interface ActionRef {
  readonly command: string;
  readonly action: string;
  readonly payload?: string;
}

/** The most characters the encoded `command:action:payload` of an action may take. */
export const MAX_ACTION_REF_LENGTH = 80;

/** A button. */
export interface Button {
  readonly type: 'button';
  readonly label: string;
  readonly action: ActionRef;
  readonly style?: 'primary' | 'danger';
}

/** One choice of a select menu. */
export interface SelectOption {
  readonly label: string;
  readonly value: string;
  readonly description?: string;
}

/** A select menu; the chosen value reaches the action handler. */
export interface Select {
  readonly type: 'select';
  readonly placeholder: string;
  readonly action: ActionRef;
  readonly options: readonly SelectOption[];
}

/** A label and a value shown side by side. */
export interface Field {
  readonly label: string;
  readonly value: string;
}

/** One piece of a reply. */
export type Block =
  | { readonly type: 'heading'; readonly text: string }
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'list'; readonly items: readonly string[]; readonly ordered: boolean }
  | { readonly type: 'fields'; readonly fields: readonly Field[] }
  | { readonly type: 'context'; readonly text: string }
  | { readonly type: 'divider' }
  | { readonly type: 'actions'; readonly elements: readonly (Button | Select)[] };

/** One input of a form. */
export interface FormField {
  readonly name: string;
  readonly label: string;
  readonly hint?: string;
  readonly required: boolean;
  readonly maxLength?: number;
  /** A long text (a text area rather than one line). */
  readonly multiline?: boolean;
  /** When present, the value must be one of these. */
  readonly options?: readonly SelectOption[];
  readonly initialValue?: string;
}

/** A form to fill in: a modal on Slack and Discord, field-by-field prompts on the console. */
export interface Form {
  readonly title: string;
  readonly submitLabel: string;
  readonly fields: readonly FormField[];
  /** The action that receives the submitted values. */
  readonly submit: ActionRef;
}

/**
 * A file sent with a reply (an export): an attached file on Discord; an uploaded file on Slack,
 * in the person's DM for a private reply; a file written to disk on the console, whose path is printed.
 */
export interface Attachment {
  readonly filename: string;
  /** A MIME type such as `text/csv`. */
  readonly contentType: string;
  readonly content: string;
}

/**
 * A picture sent with a reply (a chart): uploaded into the conversation on Slack (into the
 * thread for a threaded post), an attached file on Discord, a file written to disk on the
 * console, whose path the reply prints. Always with alt text, which says what the picture shows.
 */
export interface ImageAttachment {
  readonly filename: string;
  /** The PNG file's bytes. */
  readonly png: Uint8Array;
  readonly width: number;
  readonly height: number;
  /** The picture in words, for screen readers (at most 1,000 characters, Slack's limit for `alt_txt`). */
  readonly altText: string;
}

/** One message from Rapport. */
export interface Reply {
  readonly visibility: Visibility;
  readonly blocks: readonly Block[];
  /** A form to open for the person who triggered this reply. */
  readonly form?: Form;
  readonly attachments?: readonly Attachment[];
  readonly images?: readonly ImageAttachment[];
  /**
   * The messages for the fields at fault, by field name, when this reply refuses a submitted
   * form; a platform with modals shows each beside its field and keeps the form open.
   */
  readonly fieldErrors?: Readonly<Record<string, string>>;
}
