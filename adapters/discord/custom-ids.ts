import { createHash, createHmac, createSecretKey, timingSafeEqual, type KeyObject } from 'node:crypto';
import { decodeActionRef, encodeActionRef } from '../../src/core/reply-builders.js';
import type { ActionRef } from '../../src/core/reply.js';

/**
 * Where a component or a modal leads: a command's action (a button or a select menu), the
 * action a one-modal form submits to, one step of a longer form kept in memory, or a page of
 * a long reply kept in memory.
 */
export type CustomIdTarget =
  | { readonly kind: 'action'; readonly ref: ActionRef }
  | { readonly kind: 'form'; readonly ref: ActionRef }
  | { readonly kind: 'step'; readonly draftId: string; readonly step: number }
  | { readonly kind: 'page'; readonly pagesId: string; readonly page: number };

/** A custom id read back: its target and, on a direct message, the server it belongs to. */
export interface DecodedCustomId {
  readonly target: CustomIdTarget;
  readonly guildId?: string;
}

/**
 * Discord's limit on a custom id.
 * @see https://discord.com/developers/docs/components/reference#anatomy-of-a-component-custom-id
 */
export const MAX_CUSTOM_ID_LENGTH = 100;

/** Bump when the layout changes: ids written by an older version then read as expired. */
const VERSION = '1';
const MAC_LENGTH = 6;
const GUILD_LENGTH = 11;
const HEADER_LENGTH = VERSION.length + 1 + MAC_LENGTH;
const KIND_LETTERS = { action: 'a', form: 'f', step: 's', page: 'p' } as const;
const MAX_SNOWFLAKE = (1n << 64n) - 1n;

/**
 * Writes and checks the custom ids of Rapport's buttons, menus and modals. Layout: a version
 * character, a kind letter (upper case when a server id follows), a 6-character MAC, the
 * server id as 11 base64url characters on direct messages (which carry no server), then the
 * body (an encoded ActionRef of at most 80 characters, or a stored id and a number): at most
 * 99 characters. The MAC, keyed from the bot token, makes an id Rapport did not write (forged,
 * or from an older layout or another deployment) read as expired rather than reach a handler.
 */
export class CustomIds {
  /** A key object made once: every button of every reply is signed with it. */
  private readonly key: KeyObject;

  constructor(secret: string) {
    this.key = createSecretKey(createHash('sha256').update(`rapport custom ids\u0000${secret}`).digest());
  }

  /** The custom id of `target`; `guildId` rides along on direct messages. */
  encode(target: CustomIdTarget, guildId?: string): string {
    const scope = guildId === undefined ? '' : encodeGuild(guildId);
    const letter = KIND_LETTERS[target.kind];
    const kind = scope === '' ? letter : letter.toUpperCase();
    const body = bodyOf(target);
    const id = `${VERSION}${kind}${this.mac(kind, scope, body)}${scope}${body}`;
    if (id.length > MAX_CUSTOM_ID_LENGTH) throw new RangeError(`Custom id "${id}" is longer than ${MAX_CUSTOM_ID_LENGTH} characters.`);
    return id;
  }

  /** The target of a custom id Rapport wrote; undefined for anything else (expired, forged, foreign). */
  decode(customId: string): DecodedCustomId | undefined {
    if (customId.length < HEADER_LENGTH || !customId.startsWith(VERSION)) return undefined;
    const kind = customId.charAt(1);
    const scoped = kind !== kind.toLowerCase();
    const scope = scoped ? customId.slice(HEADER_LENGTH, HEADER_LENGTH + GUILD_LENGTH) : '';
    const body = customId.slice(HEADER_LENGTH + scope.length);
    const mac = Buffer.from(customId.slice(2, HEADER_LENGTH));
    const expected = Buffer.from(this.mac(kind, scope, body));
    if (mac.length !== expected.length || !timingSafeEqual(mac, expected)) return undefined;
    const target = targetOf(kind.toLowerCase(), body);
    const guildId = scoped ? decodeGuild(scope) : undefined;
    if (target === undefined || (scoped && guildId === undefined)) return undefined;
    return guildId === undefined ? { target } : { target, guildId };
  }

  private mac(kind: string, scope: string, body: string): string {
    return createHmac('sha256', this.key).update(`${VERSION}${kind}${scope}${body}`).digest('base64url').slice(0, MAC_LENGTH);
  }
}

/** True for a Discord snowflake, which fits the 11 characters a custom id keeps for a server. */
export function isSnowflake(value: string): boolean {
  return /^\d{1,20}$/.test(value) && BigInt(value) <= MAX_SNOWFLAKE;
}

function bodyOf(target: CustomIdTarget): string {
  switch (target.kind) {
    case 'action':
    case 'form':
      return encodeActionRef(target.ref);
    case 'step':
      return `${target.draftId}.${target.step}`;
    case 'page':
      return `${target.pagesId}.${target.page}`;
  }
}

function targetOf(letter: string, body: string): CustomIdTarget | undefined {
  if (letter === KIND_LETTERS.action || letter === KIND_LETTERS.form) {
    const ref = decodeActionRef(body);
    return ref === undefined ? undefined : { kind: letter === KIND_LETTERS.action ? 'action' : 'form', ref };
  }
  const match = /^([\w-]+)\.(\d{1,3})$/.exec(body);
  if (match?.[1] === undefined) return undefined;
  const [id, number] = [match[1], Number(match[2])];
  if (letter === KIND_LETTERS.step) return { kind: 'step', draftId: id, step: number };
  if (letter === KIND_LETTERS.page) return { kind: 'page', pagesId: id, page: number };
  return undefined;
}

function encodeGuild(guildId: string): string {
  if (!isSnowflake(guildId)) throw new RangeError(`"${guildId}" is not a Discord server id.`);
  const bytes = Buffer.alloc(8);
  bytes.writeBigUInt64BE(BigInt(guildId));
  return bytes.toString('base64url');
}

function decodeGuild(scope: string): string | undefined {
  const bytes = Buffer.from(scope, 'base64url');
  return bytes.length === 8 && bytes.toString('base64url') === scope ? bytes.readBigUInt64BE().toString() : undefined;
}
