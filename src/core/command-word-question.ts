import type { Command } from './command.js';
import type { CommandContext } from './context.js';
import { MAX_ACTION_REF_LENGTH, type Button, type Reply } from './reply.js';
import { actions, button, context, encodeActionRef, ephemeral, text } from './reply-builders.js';
import type { TypedCommand, TypedReading } from './typed-reading.js';
import { typedRef } from './typed-ref.js';
import { userText } from './user-text.js';

/**
 * The action, on any command, that runs text typed after the command's name as if typed again;
 * the buttons of {@link commandWordQuestion} carry it. Not a name any command declares (they are
 * words), so it can never shadow one.
 */
export const RUN_TYPED_ACTION = '~typed';

/**
 * The question asked when a bare word could be a command word or data (`/log lsit`): nothing is
 * stored; the person picks what they meant with a button, or types it, quoting the word to keep it.
 */
export function commandWordQuestion(ctx: CommandContext, command: Command, reading: Extract<TypedReading, { kind: 'ask' }>): Reply {
  const meant = shownAsCommand(ctx, reading.meant);
  // As typed, quotes and all: written as a value, the quoted word would read as a subcommand again.
  const asTyped = userText(typedText(reading.asTyped));
  const what = storedAs(command);
  const buttons = [runButton(`Run ${meant}`, reading.meant), runButton(`${capitalized(what.verb)} ${what.noun} “${reading.word}”`, reading.asTyped)];
  const shown = buttons.filter((element): element is Button => element !== undefined);
  return ephemeral(
    text(`🤔 Did you mean \`${meant}\`? Or did you mean to ${what.verb} the ${what.noun} “${userText(reading.word)}”? I have not saved anything yet.`),
    ...(shown.length === 0 ? [] : [actions(...shown)]),
    context(`To keep “${userText(reading.word)}” as typed, put it in quotes: \`${asTyped}\``),
  );
}

/** A typed command as a command token, shown on each platform's terms; as typed when it does not read. */
function shownAsCommand(ctx: CommandContext, typed: TypedCommand): string {
  return typedRef(ctx.registry, typedText(typed)) ?? userText(typedText(typed));
}

function typedText(typed: TypedCommand): string {
  return `/${typed.command}${typed.text.trim() === '' ? '' : ` ${typed.text.trim()}`}`;
}

/** A button that runs the typed command; none when the text is too long for a platform's button id. */
function runButton(label: string, typed: TypedCommand): Button | undefined {
  const ref =
    typed.text === '' ? { command: typed.command, action: RUN_TYPED_ACTION } : { command: typed.command, action: RUN_TYPED_ACTION, payload: typed.text };
  return encodeActionRef(ref).length > MAX_ACTION_REF_LENGTH ? undefined : button(label, ref);
}

/** What the default subcommand does with the word: "add" it as the "contact". */
function storedAs(command: Command): { verb: string; noun: string } {
  const name = command.defaultSubcommand ?? '';
  const firstWord = Object.entries(command.subcommands[name]?.options ?? {}).find(([, spec]) => spec.positional)?.[0] ?? 'value';
  return { verb: name === '' || name === '_' ? 'use' : name, noun: firstWord };
}

function capitalized(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
