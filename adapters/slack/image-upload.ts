import type { webApi } from '@slack/bolt';
import type { ImageAttachment } from '../../src/core/reply.js';
import { withRetryAfter } from './web-api.js';

/** Where an uploaded picture is shared: a channel, and a thread in it when the picture belongs to one. */
export interface UploadDestination {
  readonly channelId: string;
  readonly threadTs?: string;
  /** A line posted with the picture. */
  readonly comment?: string;
}

/**
 * Uploads a picture the way Slack asks since files.upload was retired: files.getUploadURLExternal
 * (with the alt text, `alt_txt`, which Slack's screen-reader description takes), a POST of the
 * bytes to the URL it gives, then files.completeUploadExternal, which shares the file in the
 * channel or thread.
 * @see https://docs.slack.dev/reference/methods/files.getUploadURLExternal
 * @see https://docs.slack.dev/reference/methods/files.completeUploadExternal
 */
export async function uploadImage(client: webApi.WebClient, image: ImageAttachment, destination: UploadDestination): Promise<void> {
  // apiCall rather than files.getUploadURLExternal: the SDK's argument type names the field `alt_text`, which Slack's method does not read.
  const ticket = (await withRetryAfter(() => client.apiCall('files.getUploadURLExternal', { filename: image.filename, length: image.png.byteLength, alt_txt: image.altText }))) as webApi.FilesGetUploadURLExternalResponse;
  if (ticket.upload_url === undefined || ticket.file_id === undefined) throw new Error('files.getUploadURLExternal answered without an upload URL');
  const sent = await fetch(ticket.upload_url, { method: 'POST', headers: { 'content-type': 'application/octet-stream' }, body: image.png, signal: AbortSignal.timeout(30_000) });
  await sent.body?.cancel();
  if (!sent.ok) throw new Error(`the upload URL refused the picture (HTTP ${sent.status})`);
  const { channelId, threadTs, comment } = destination;
  const files: [{ id: string; title: string }] = [{ id: ticket.file_id, title: image.filename }];
  await withRetryAfter(() =>
    client.files.completeUploadExternal({
      files,
      ...(threadTs === undefined ? { channel_id: channelId } : { channel_id: channelId, thread_ts: threadTs }),
      ...(comment === undefined ? {} : { initial_comment: comment }),
    }),
  );
}
