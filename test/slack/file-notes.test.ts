import { SLACK_COMMANDS } from '../support/command-writers.js';
import { describe, expect, it } from 'vitest';
import { dmFilesComment, filesNote } from '../../adapters/slack/file-notes.js';
import { replyFiles } from '../../adapters/slack/file-upload.js';
import { renderReply } from '../../adapters/slack/slack.render.js';
import { ephemeral, text } from '../../src/core/reply-builders.js';
import type { Reply } from '../../src/core/reply.js';

const exportReply: Reply = {
  ...ephemeral(text('Your journal')),
  images: [{ filename: 'chart.png', png: new Uint8Array([1, 2, 3]), width: 1, height: 1, altText: 'A chart' }],
  attachments: [
    { filename: 'journal.md', contentType: 'text/markdown', content: '# Café <notes>' },
    { filename: 'journal.json', contentType: 'application/json', content: '{}' },
  ],
};
const files = replyFiles(exportReply);
const noteText = (block: ReturnType<typeof filesNote>): string =>
  renderReply(ephemeral(block), SLACK_COMMANDS)
    .map((message) => message.text)
    .join('\n');

describe('Slack reply files', () => {
  it('takes every picture with its alt text and every attachment as its UTF-8 bytes', () => {
    expect(files.map((file) => [file.filename, file.altText])).toEqual([
      ['chart.png', 'A chart'],
      ['journal.md', undefined],
      ['journal.json', undefined],
    ]);
    expect(Buffer.from(files[1]?.bytes ?? []).toString('utf8')).toBe('# Café <notes>');
    expect(files[1]?.bytes.byteLength).toBe(Buffer.byteLength('# Café <notes>'));
  });

  it('says where the files went, or that they did not arrive, naming each as written', () => {
    expect(noteText(filesNote(files.slice(1), 'sent-to-dm'))).toBe('📬 I sent *journal.md* and *journal.json* to our DM, where only you can see them.');
    expect(noteText(filesNote(files, 'sent-to-dm'))).toBe('📬 I sent *chart.png*, *journal.md* and *journal.json* to our DM, where only you can see them.');
    expect(noteText(filesNote([{ filename: 'notes <b>.txt', bytes: new Uint8Array([1]) }], 'failed'))).toBe(
      '⚠️ I could not send *notes &lt;b&gt;.txt* just now. Nothing was shared; run the command again in a minute.',
    );
  });

  it('tells the DM which channel the files were asked for in', () => {
    expect(dmFilesComment(2, 'CFALL')).toBe('📎 Here are the files you asked for in <#CFALL>: only you can see them here.');
    expect(dmFilesComment(1, undefined)).toBe('📎 Here is the file you asked for: only you can see it here.');
  });
});
