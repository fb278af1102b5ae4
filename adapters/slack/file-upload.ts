import type { webApi } from '@slack/bolt';
import type { Reply } from '../../src/core/reply.js';

/** A file to share on Slack: a chart, an export, an interview script. */
export interface SlackFile {
  readonly filename: string;
  readonly bytes: Uint8Array;
  /** What Slack shows above the file; the file name when absent. */
  readonly title?: string;
  /** A picture in words, for screen readers (at most 1,000 characters, Slack's limit for `alt_txt`). */
  readonly altText?: string;
}

/** Where files are shared: a channel (or a DM), and a thread in it when they belong to one. */
export interface UploadDestination {
  readonly channelId: string;
  readonly threadTs?: string;
  /** A message posted with the files. */
  readonly comment?: string;
}

/** Every file a reply carries, as Slack files: its pictures (with their alt text), then its attachments (as UTF-8). */
export function replyFiles(reply: Reply): SlackFile[] {
  return [
    ...(reply.images ?? []).map((image): SlackFile => ({ filename: image.filename, bytes: image.png, altText: image.altText })),
    ...(reply.attachments ?? []).map((attachment): SlackFile => ({ filename: attachment.filename, bytes: Buffer.from(attachment.content, 'utf8') })),
  ];
}

/**
 * Uploads files the way Slack asks since files.upload was retired: for each, files.getUploadURLExternal
 * (with its alt text as `alt_txt`) and a POST of its bytes to the URL it gives; then one
 * files.completeUploadExternal, which shares them together, with the comment, in the channel or thread.
 *
 * Hand-written rather than the SDK's `filesUploadV2`: that helper sends the alt text as `alt_text`,
 * which Slack's method does not read (a chart would reach screen readers without its description).
 * Rate limits and retries are the WebClient's own, as configured for the client passed in.
 * @see https://docs.slack.dev/reference/methods/files.getUploadURLExternal
 * @see https://docs.slack.dev/reference/methods/files.completeUploadExternal
 */
export async function uploadFiles(client: webApi.WebClient, files: readonly SlackFile[], destination: UploadDestination): Promise<void> {
  const uploaded: { id: string; title: string }[] = [];
  for (const file of files) uploaded.push({ id: await sendBytes(client, file), title: file.title ?? file.filename });
  const [first, ...rest] = uploaded;
  if (first === undefined) return;
  const { channelId, threadTs, comment } = destination;
  await client.files.completeUploadExternal({
    files: [first, ...rest],
    ...(threadTs === undefined ? { channel_id: channelId } : { channel_id: channelId, thread_ts: threadTs }),
    ...(comment === undefined ? {} : { initial_comment: comment }),
  });
}

/** Announces one file and sends its bytes; resolves with its id, for files.completeUploadExternal. */
async function sendBytes(client: webApi.WebClient, file: SlackFile): Promise<string> {
  const announced = { filename: file.filename, length: file.bytes.byteLength, ...(file.altText === undefined ? {} : { alt_txt: file.altText }) };
  // apiCall rather than files.getUploadURLExternal: the SDK's argument type names the field `alt_text`, which Slack's method does not read.
  const ticket = (await client.apiCall('files.getUploadURLExternal', announced)) as webApi.FilesGetUploadURLExternalResponse;
  if (ticket.upload_url === undefined || ticket.file_id === undefined) throw new Error('files.getUploadURLExternal answered without an upload URL');
  const sent = await fetch(ticket.upload_url, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream' },
    body: file.bytes,
    signal: AbortSignal.timeout(30_000),
  });
  await sent.body?.cancel();
  if (!sent.ok) throw new Error(`the upload URL refused ${file.filename} (HTTP ${sent.status})`);
  return ticket.file_id;
}
