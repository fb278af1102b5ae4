import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Attachment } from '../../src/core/reply.js';
import { withoutReserved } from '../../src/core/user-text.js';

/** Writes a reply's file for one console user and returns where it went. */
export type AttachmentSaver = (userId: string, attachment: Attachment) => string;

/**
 * Saves console attachments as files under `directory/<user>/`, so an export is a file the
 * person keeps (as on Slack and Discord) rather than text scrolling past. Names are reduced to
 * safe characters: a file name never climbs out of its folder.
 */
export function attachmentFilesIn(directory: string): AttachmentSaver {
  return (userId, attachment) => {
    const folder = join(resolve(directory), safeName(userId));
    mkdirSync(folder, { recursive: true });
    const path = join(folder, safeName(attachment.filename));
    writeFileSync(path, withoutReserved(attachment.content), 'utf8');
    return path;
  };
}

function safeName(name: string): string {
  const safe = name.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '_');
  return safe === '' ? '_' : safe;
}
