import { context } from '../../src/core/reply-builders.js';
import type { Block } from '../../src/core/reply.js';
import { userText } from '../../src/core/user-text.js';
import type { SlackFile } from './file-upload.js';

/** What became of a reply's files: shared in the person's DM with Rapport, or not sent at all. */
export type FilesOutcome = 'sent-to-dm' | 'failed';

/** The files' names as a list in words ("a.md and b.json"), each shown as written. */
function namesOf(files: readonly SlackFile[]): string {
  const names = files.map((file) => `*${userText(file.filename)}*`);
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

/**
 * The line a private reply ends with when its files went elsewhere or nowhere. Slack shows no
 * file in an ephemeral message and a file shared in a channel is everyone's, so a private reply's
 * files go to the person's DM; the reply says so, or says plainly that they did not arrive.
 */
export function filesNote(files: readonly SlackFile[], outcome: FilesOutcome): Block {
  return outcome === 'sent-to-dm'
    ? context(`📬 I sent ${namesOf(files)} to our DM, where only you can see ${files.length === 1 ? 'it' : 'them'}.`)
    : context(`⚠️ I could not send ${namesOf(files)} just now. Nothing was shared; run the command again in a minute.`);
}

/**
 * The message posted in the DM with files someone asked for in a channel (`channelId`), so the
 * DM says where they come from. Slack mrkdwn: the channel shows as a link with its name.
 * @see https://docs.slack.dev/messaging/formatting-message-text#linking-channels
 */
export function dmFilesComment(fileCount: number, channelId: string | undefined): string {
  const one = fileCount === 1;
  return `📎 Here ${one ? 'is the file' : 'are the files'} you asked for${channelId === undefined ? '' : ` in <#${channelId}>`}: only you can see ${one ? 'it' : 'them'} here.`;
}
