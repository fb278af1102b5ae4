import { createInterface } from 'node:readline';
import type { ConsoleSession } from './console-session.js';

/** Streams the console reads from and writes to. */
export interface ConsoleIo {
  readonly input: NodeJS.ReadableStream & { isTTY?: boolean };
  readonly output: NodeJS.WritableStream;
}

const BANNER = [
  'Rapport console. You are "you", in a direct conversation with Rapport. Type /help to begin.',
  'Console controls: /as <name> speaks as someone else, /in <#channel> (or /in dm) moves you,',
  '/clock +2d jumps simulated time ahead, /press N presses a button, /cancel drops an open form.',
  'End a line with \\ to continue a message on the next line. Ctrl-D quits.',
].join('\n');

/**
 * Runs the console: an interactive prompt with history on a terminal, or one message per line
 * when input is piped (every line is handled, in order, before it resolves at end of input).
 * A line ending with a backslash continues on the next line.
 */
export async function runConsole(session: ConsoleSession, io: ConsoleIo, onError: (error: unknown) => void): Promise<void> {
  const interactive = io.input.isTTY === true;
  const lines = createInterface({
    input: io.input,
    ...(interactive ? { output: io.output, terminal: true, historySize: 500, prompt: session.promptLabel() } : { terminal: false }),
    crlfDelay: Infinity,
  });
  const answer = async (message: string): Promise<void> => {
    try {
      const output = await session.handle(message);
      if (output !== '') io.output.write(`${output}\n\n`);
    } catch (error) {
      onError(error);
      io.output.write('Sorry, the console could not handle that line. The details are in the log.\n\n');
    }
  };
  if (interactive) {
    io.output.write(`${BANNER}\n\n`);
    lines.prompt();
  }
  let pending = '';
  let queue = Promise.resolve();
  lines.on('line', (line) => {
    if (line.endsWith('\\')) {
      pending += `${line.slice(0, -1)}\n`;
      if (interactive) lines.setPrompt('... ');
      if (interactive) lines.prompt();
      return;
    }
    const message = pending + line;
    pending = '';
    queue = queue.then(async () => {
      await answer(message);
      if (interactive) {
        lines.setPrompt(session.promptLabel());
        lines.prompt();
      }
    });
  });
  await new Promise<void>((resolve) => lines.once('close', resolve));
  const unfinished = pending;
  if (unfinished !== '') queue = queue.then(() => answer(unfinished));
  await queue;
}
