import { TOKEN_MARK, TYPED_MENTION_SOURCE } from './user-text.js';

/**
 * A channel or a person named inside reply text, which each platform shows its own way: Slack
 * and Discord as a link to the channel or the person's name (`<#C123>`, `<@U123>`), the console
 * as the channel's or the person's name. Written `<c:ID>` and `<u:ID>` after Rapport's token mark,
 * beside time tokens: the mark is a character nobody can send (`user-text.ts`), so text a person
 * types that looks like a token stays text and never becomes a mention.
 */
const MENTION_TOKEN = new RegExp(`${TOKEN_MARK}<([cu]):([^\\s<>|]{1,100})>`, 'g');

/** Names a channel in reply text. */
export function channelToken(channelId: string): string {
  return `${TOKEN_MARK}<c:${channelId}>`;
}

/** Names a person in reply text. */
export function userToken(userId: string): string {
  return `${TOKEN_MARK}<u:${userId}>`;
}

/**
 * A person mentioned in what someone typed (`<u:ID>`), as an adapter writes a platform's mention
 * into inbound text, for an option that takes a person ({@link mentionedUserId}). Unlike
 * {@link userToken}, it is only text: shown again, it reads as typed.
 */
export function typedMention(userId: string): string {
  return `<u:${userId}>`;
}

/** The person that `typed` names when it is one typed mention and nothing else (see {@link typedMention}), else undefined. */
export function mentionedUserId(typed: string): string | undefined {
  return new RegExp(`^${TYPED_MENTION_SOURCE}$`).exec(typed.trim())?.[1];
}

/** How a platform shows a named channel and a named person. */
export interface MentionStyle {
  readonly channel: (channelId: string) => string;
  readonly user: (userId: string) => string;
}

/** Channels and people by id (`#C123`, `@U123`), for text that cannot show a link or a name. */
export const MENTIONS_BY_ID: MentionStyle = { channel: (channelId) => `#${channelId}`, user: (userId) => `@${userId}` };

/** Rewrites every channel and person token in `text` in `style`. */
export function replaceMentionTokens(text: string, style: MentionStyle): string {
  return text.replace(MENTION_TOKEN, (_, kind: string, id: string) => (kind === 'c' ? style.channel(id) : style.user(id)));
}
