/**
 * `npm run discord:fake`: the test fake of Discord as a program, to try Rapport on "Discord"
 * without a Discord account. It listens on 127.0.0.1 (`--port N`, else a free port), prints the
 * command that starts Rapport against it, and once Rapport has logged in reads lines typed as
 * a student would act: slash commands with Discord's `name:value` options, button presses,
 * form answers and DMs. It prints every message Rapport sends, nudges in DMs included.
 */
import { createInterface } from 'node:readline';
import { componentsOf, FakeDiscord, textOf, type Answered } from './fake-discord.js';
import { fakeUser, PERMISSIONS, type FakeUser, type Place } from './payloads.js';
import type { RestCall, StoredMessage } from './fake-rest.js';
import { parseSlashLine } from './slash-line.js';

const HELP = [
  'Type what a student does on Discord:',
  '  /questions plan kind:occupation subject:"graphic designer"   a slash command: subcommand, then name:value options',
  '  press Save plan                                              press a button of the last message',
  "  choose <option>                                              pick an option of the last message's menu",
  '  submit contact:"Dana Lee" learned:"..."                      answer the form Rapport opened',
  "  dm Hello                                                     write in your DM with Rapport (a rehearsal's answers)",
  '  in dm | in server                                            where your next commands and presses happen (default: the server)',
  '  as <name>   advisor on|off   help   quit',
].join('\n');

const port = Number(/--port[= ](\d+)/.exec(process.argv.slice(2).join(' '))?.[1] ?? 0);
const fake = await FakeDiscord.start({ port });
process.stdout.write(
  [
    `A fake Discord is listening on 127.0.0.1 (REST ${fake.apiUrl}, and its gateway). In another terminal, start Rapport against it:`,
    '',
    `  DISCORD_TOKEN=${fake.token} DISCORD_APPLICATION_ID=${fake.applicationId} DISCORD_API_URL=${fake.apiUrl} npm start`,
    '',
    'Waiting for Rapport to log in…',
    '',
  ].join('\n'),
);
await fake.gateway.sessions(1, 24 * 60 * 60_000);
process.stdout.write(`Rapport is connected to the server "${fake.guild.name}".\n${HELP}\n`);

/** The people typed as with `as <name>`, each the same person whenever named again. */
const people = new Map<string, FakeUser>();
function person(name: string): FakeUser {
  const known = people.get(name);
  if (known !== undefined) return known;
  const added = fakeUser(name);
  people.set(name, added);
  return added;
}
let student = person('student');
let advisor = false;
let inDm = false;
let lastMessage: StoredMessage | undefined;
let lastModal: Answered | undefined;
let printed = fake.rest.calls.length;
const place = (): Place => (inDm ? fake.inDm(student) : fake.inGuild(advisor ? { permissions: PERMISSIONS.manageGuild } : {}));

/** Prints what Rapport sent since last time: answers, follow-ups, edits and channel or DM messages. */
function printNew(): void {
  for (const call of fake.rest.calls.slice(printed)) {
    const shown = describe(call);
    if (shown !== undefined) process.stdout.write(`${shown}\n`);
  }
  printed = fake.rest.calls.length;
}

function describe(call: RestCall): string | undefined {
  const callback = /^\/interactions\/\d+\/([^/]+)\/callback$/.exec(call.path);
  if (callback !== null) {
    const type = call.body.type;
    if (type === 5) return '── Rapport is thinking…';
    if (type === 9) return formLines(call.body.data as Record<string, unknown>);
    if (type === 4) return messageLines('Rapport answers', fake.rest.original(callback[1] ?? ''), call.body.data as Record<string, unknown>);
    if (type === 7) return messageLines('Rapport updates the message', undefined, call.body.data as Record<string, unknown>);
    return undefined;
  }
  const created = call.status === 200 && (call.method === 'POST' || call.method === 'PATCH') ? (call.response as StoredMessage | undefined) : undefined;
  if (created === undefined || typeof created !== 'object' || !('channel_id' in created)) return undefined;
  const where =
    created.channel_id === fake.rest.dmChannelOf(student.id) ? 'Rapport, in your DM' : call.method === 'PATCH' ? 'Rapport edits its answer' : 'Rapport';
  return messageLines(where, fake.rest.messages.get(created.id) ?? created, created);
}

function messageLines(who: string, stored: StoredMessage | undefined, message: Record<string, unknown>): string {
  if (stored !== undefined) lastMessage = stored;
  const buttons = componentsOf(message).map((component) =>
    component.type === 2
      ? `[${String(component.label)}]`
      : `<menu ${String(component.placeholder)}: ${((component.options ?? []) as { label: string }[]).map((option) => option.label).join(' | ')}>`,
  );
  const hidden = ((message.flags as number | undefined) ?? 0) & 64 ? ' (only you can see this)' : '';
  return [`── ${who}${hidden}:`, textOf(message), ...(buttons.length === 0 ? [] : [`   ${buttons.join(' ')}`])].join('\n');
}

function formLines(modal: Record<string, unknown>): string {
  const fields = (modal.components as { label: string; component: { custom_id: string; required?: boolean } }[]).map(
    (field) => `   ${field.component.custom_id}${field.component.required === true ? ' (required)' : ''}: ${field.label}`,
  );
  return [`── Rapport opens a form: ${String(modal.title)}`, ...fields, '   Answer with: submit name:"..." for each field'].join('\n');
}

async function act(line: string): Promise<void> {
  const [word = '', ...rest] = line.trim().split(/\s+/);
  const argument = rest.join(' ');
  if (word.startsWith('/')) {
    const { command, subcommand, values } = parseSlashLine(line);
    const answered = await fake.slash(student, place(), command, subcommand, values);
    if (answered.callback.type === 9) lastModal = answered;
  } else if (word === 'press' || word === 'choose') {
    if (lastMessage === undefined)
      throw new Error('There is no message to press a button on yet: run a command first, e.g. /questions plan kind:occupation subject:nurse');
    const answered =
      word === 'press'
        ? await fake.press(student, place(), lastMessage, argument)
        : await fake.choose(student, place(), lastMessage, String(componentsOf(lastMessage).find((component) => component.type === 3)?.placeholder), argument);
    if (answered.callback.type === 9) lastModal = answered;
  } else if (word === 'submit') {
    if (lastModal === undefined) throw new Error('Rapport has not opened a form: run a command that opens one first, e.g. /log interview');
    const answered = await fake.submit(
      student,
      place(),
      lastModal,
      Object.fromEntries(Object.entries(parseSlashLine(`/submit ${argument}`).values).map(([name, value]) => [name, String(value)])),
    );
    lastModal = answered.callback.type === 9 ? answered : undefined;
  } else if (word === 'dm') {
    fake.dm(student, argument);
  } else if (word === 'as') {
    student = person(argument || 'student');
    process.stdout.write(`You are now ${student.username}.\n`);
  } else if (word === 'in') {
    inDm = argument === 'dm';
    process.stdout.write(inDm ? 'You are in your DM with Rapport.\n' : `You are in #general of "${fake.guild.name}".\n`);
  } else if (word === 'advisor') {
    advisor = argument !== 'off';
    process.stdout.write(advisor ? 'You now have Manage Server: advisor commands are yours.\n' : 'You are a member again.\n');
  } else if (word === 'help' || word === '') {
    process.stdout.write(`${HELP}\n`);
  } else {
    process.stdout.write(`"${word}" is not something a student does here.\n${HELP}\n`);
  }
  // Follow-ups and deferred answers come just after the first answer.
  await new Promise((resolve) => setTimeout(resolve, 300));
  printNew();
}

const poll = setInterval(printNew, 500);
const input = createInterface({ input: process.stdin, terminal: false });
for await (const line of input) {
  if (line.trim() === 'quit') break;
  try {
    await act(line);
  } catch (error) {
    process.stdout.write(`⚠️ ${error instanceof Error ? error.message : String(error)}\n`);
  }
}
clearInterval(poll);
// Whoever typed may keep the input open: stop reading it, so the program ends here.
process.stdin.destroy();
await fake.close();
