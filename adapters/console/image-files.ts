import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ImageAttachment } from '../../src/core/reply.js';

/** Where the console writes pictures when not told otherwise: a folder of the OS's temporary directory. */
export const DEFAULT_IMAGE_FOLDER = join(tmpdir(), 'rapport-charts');

/**
 * Writes a picture from a reply to a PNG file in `folder` (created when missing) and returns its
 * path, for the console to print. Each file gets a name of its own, so two reports never
 * overwrite each other, nor two consoles running at once.
 */
export function savePicture(image: ImageAttachment, folder: string = DEFAULT_IMAGE_FOLDER): string {
  mkdirSync(folder, { recursive: true });
  const path = join(folder, image.filename.replace(/\.png$/, `-${randomUUID().slice(0, 8)}.png`));
  writeFileSync(path, image.png);
  return path;
}
