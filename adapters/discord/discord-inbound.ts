import {
  ComponentType,
  GuildMember,
  PermissionFlagsBits,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type CommandInteractionOption,
  type Interaction,
  type ModalSubmitInteraction,
  type User,
} from 'discord.js';
import { SOLE_SUBCOMMAND } from '../../src/core/command.js';
import type { SuggestionRequest } from '../../src/core/dispatcher.js';
import type { Actor, Conversation, Tenant } from '../../src/core/identity.js';
import type { Inbound } from '../../src/core/inbound.js';
import { typedMention } from '../../src/core/mention-token.js';
import type { OptionsShape } from '../../src/core/options.js';
import type { CommandRegistry } from '../../src/core/registry.js';
import type { UserRepository } from '../../src/domain/people/user-repository.js';
import { REPEAT_SEPARATOR } from './command-definitions.js';
import { rolesOf, type MemberFacts } from './discord-roles.js';

/** The workspace of a person who has only ever used Rapport in their DM with it. */
const DIRECT_WORKSPACE = '@me';

/** Where a Discord event happened and who did it, as the core names them. */
export interface Whereabouts {
  readonly actor: Actor;
  readonly conversation: Conversation;
}

/**
 * Finds the tenant of an event: its server; for a DM (which belongs to no server) the server
 * a component's custom id names, else the server where the person last used Rapport, else the
 * configured server, else a workspace of their own. So a nudge's buttons act in the nudge's
 * server and a rehearsal in DMs continues where it was started.
 */
export class TenantLocator {
  constructor(
    private readonly users: UserRepository,
    private readonly defaultGuildId?: string,
  ) {}

  async locate(guildId: string | null, userId: string, namedGuildId?: string): Promise<Tenant> {
    const known = guildId ?? namedGuildId;
    if (known !== undefined) return { platform: 'discord', workspaceId: known };
    const last = await this.users.lastActiveTenant('discord', userId);
    return last ?? { platform: 'discord', workspaceId: this.defaultGuildId ?? DIRECT_WORKSPACE };
  }
}

/** The person and the place of an interaction, with the roles their server gives them. */
export function interactionWhereabouts(interaction: Interaction, tenant: Tenant, advisorRole: string): Whereabouts {
  return {
    actor: {
      tenant,
      userId: interaction.user.id,
      displayName: displayName(interaction.user, nickname(interaction)),
      roles: rolesOf(memberFacts(interaction), advisorRole),
      locale: interaction.locale,
    },
    conversation: { tenant, channelId: interaction.channelId ?? `dm:${interaction.user.id}`, isDirect: interaction.guildId === null },
  };
}

/** The person and the DM of a plain message; a DM gives no server roles. */
export function directMessageWhereabouts(author: User, channelId: string, tenant: Tenant): Whereabouts {
  return {
    actor: { tenant, userId: author.id, displayName: displayName(author, undefined), roles: rolesOf(undefined, '') },
    conversation: { tenant, channelId, isDirect: true },
  };
}

/**
 * A slash command as a `structured-command`: Discord already typed and checked the options;
 * a repeatable option's comma-separated text becomes the list its schema expects.
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-object-application-command-interaction-data-option-structure
 */
export function commandInbound(interaction: ChatInputCommandInteraction, registry: CommandRegistry): Inbound {
  const subcommand = interaction.options.getSubcommand(false) ?? undefined;
  const specs = optionSpecs(registry, interaction.commandName, subcommand);
  const values: Record<string, unknown> = {};
  const numbered: [name: string, index: number, value: unknown][] = [];
  for (const option of optionsOf(interaction.options.data)) {
    const value = typeof option.value === 'string' ? withPersonTokens(option.value) : option.value;
    const field = numberedField(specs, option.name);
    if (field !== undefined) numbered.push([field.name, field.index, value]);
    else values[option.name] = specs[option.name]?.repeatable === true && typeof value === 'string' ? splitRepeated(value) : value;
  }
  // The numbered fields of a repeatable text option (`prompt1`, `prompt2`) become its list, in their order.
  for (const [name, , value] of numbered.sort((a, b) => a[1] - b[1]))
    values[name] = [...(Array.isArray(values[name]) ? (values[name] as unknown[]) : []), value];
  return { kind: 'structured-command', command: interaction.commandName, ...(subcommand === undefined ? {} : { subcommand }), values };
}

/** The repeatable text option a numbered field (`prompt2`) belongs to, and its number. */
function numberedField(specs: OptionsShape, fieldName: string): { name: string; index: number } | undefined {
  const [, name = '', index = ''] = /^(.*?)(\d+)$/.exec(fieldName) ?? [];
  const spec = specs[name];
  return spec?.maxCount === undefined || specs[fieldName] !== undefined ? undefined : { name, index: Number(index) };
}

/**
 * Text with each person mentioned in it (`<@123>`, or `<@!123>` from older clients) as a person
 * token, so a command that takes a person gets their id.
 * @see https://discord.com/developers/docs/reference#message-formatting
 */
function withPersonTokens(text: string): string {
  return text.replace(/<@!?(\d{1,20})>/g, (_, userId: string) => typedMention(userId));
}

/** The options of a (sub)command as the registry declares them; none for a command it does not know. */
export function optionSpecs(registry: CommandRegistry, commandName: string, subcommand: string | undefined): OptionsShape {
  const command = registry.find(commandName);
  return command?.subcommands[subcommand ?? command.defaultSubcommand ?? SOLE_SUBCOMMAND]?.options ?? {};
}

/** What the person is typing into an option, for the dispatcher's suggestions. */
export function suggestionRequest(interaction: AutocompleteInteraction): SuggestionRequest {
  const focused = interaction.options.getFocused(true);
  const subcommand = interaction.options.getSubcommand(false) ?? undefined;
  return { command: interaction.commandName, ...(subcommand === undefined ? {} : { subcommand }), option: focused.name, typed: focused.value };
}

/** The answers of a submitted modal by field name: a text input's text, a select menu's choice ('' for none). */
export function modalValues(interaction: ModalSubmitInteraction): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, field] of interaction.fields.fields) {
    if (field.type === ComponentType.TextInput) values[name] = field.value;
    if (field.type === ComponentType.StringSelect) values[name] = field.values[0] ?? '';
  }
  return values;
}

/** Splits a repeatable option's text (`skills, culture`) into its values. */
export function splitRepeated(text: string): string[] {
  return text
    .split(REPEAT_SEPARATOR)
    .map((value) => value.trim())
    .filter((value) => value !== '');
}

function optionsOf(data: readonly CommandInteractionOption[]): readonly CommandInteractionOption[] {
  const first = data[0];
  return first?.options !== undefined && first.value === undefined ? first.options : data;
}

function memberFacts(interaction: Interaction): MemberFacts | undefined {
  const member = interaction.member;
  if (member === null) return undefined;
  const managesServer = interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false;
  const roleIds = member instanceof GuildMember ? [...member.roles.cache.keys()] : member.roles;
  const roleNames = roleIds.map((id) => interaction.guild?.roles.cache.get(id)?.name).filter((name) => name !== undefined);
  return { managesServer, roleNames };
}

function nickname(interaction: Interaction): string | undefined {
  const member = interaction.member;
  if (member === null) return undefined;
  return (member instanceof GuildMember ? member.nickname : member.nick) ?? undefined;
}

function displayName(user: User, nick: string | undefined): string {
  return nick ?? user.globalName ?? user.username;
}
