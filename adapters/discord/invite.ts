import { PermissionFlagsBits } from 'discord.js';

/**
 * The permissions the bot asks for when it joins a server, all for a cohort's weekly digest in
 * the cohort's channel: Send Messages and Embed Links (the digest is an embed), Create Public
 * Threads (its details go in a thread on it) and Send Messages in Threads. Everything else is
 * answered through interactions and DMs, which need no permission.
 * @see https://discord.com/developers/docs/topics/permissions#permissions-bitwise-permission-flags
 */
export const BOT_PERMISSIONS =
  PermissionFlagsBits.SendMessages | PermissionFlagsBits.EmbedLinks | PermissionFlagsBits.CreatePublicThreads | PermissionFlagsBits.SendMessagesInThreads;

/**
 * The link that adds the bot to a server with {@link BOT_PERMISSIONS}: `bot` puts it in the
 * server (to DM members and post digests), `applications.commands` lets members use its commands.
 * @see https://discord.com/developers/docs/topics/oauth2#bot-authorization-flow
 */
export function inviteUrl(applicationId: string): string {
  const query = new URLSearchParams({ client_id: applicationId, scope: 'bot applications.commands', permissions: BOT_PERMISSIONS.toString() });
  return `https://discord.com/oauth2/authorize?${query.toString()}`;
}
