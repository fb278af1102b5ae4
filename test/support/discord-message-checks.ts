import { ComponentType, type APIEmbed } from 'discord.js';
import { expect } from 'vitest';
import { MESSAGE_LIMITS, type RenderedMessage } from '../../adapters/discord/discord.render.js';
import { OWN_CHANNEL, OWN_USER } from './reply-arbitraries.js';

/** The characters of a message's embeds, as Discord counts them toward 6,000. */
const embedSize = (message: RenderedMessage): number =>
  message.embeds.reduce(
    (sum, embed) =>
      sum +
      (embed.title?.length ?? 0) +
      (embed.description?.length ?? 0) +
      (embed.fields ?? []).reduce((total, field) => total + field.name.length + field.value.length, 0),
    0,
  );

/** Every Discord limit on one message. */
export function expectWithinLimits(message: RenderedMessage): void {
  expect(message.content?.length ?? 0).toBeLessThanOrEqual(MESSAGE_LIMITS.content);
  expect(message.embeds.length).toBeLessThanOrEqual(MESSAGE_LIMITS.embedsPerMessage);
  expect(embedSize(message)).toBeLessThanOrEqual(MESSAGE_LIMITS.embedsTotal);
  for (const embed of message.embeds) {
    expect(embed.description?.length ?? 0).toBeLessThanOrEqual(MESSAGE_LIMITS.embedDescription);
    expect(embed.title?.length ?? 0).toBeLessThanOrEqual(MESSAGE_LIMITS.embedTitle);
    expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(MESSAGE_LIMITS.embedFields);
    for (const field of embed.fields ?? []) {
      expect(field.name.length).toBeLessThanOrEqual(MESSAGE_LIMITS.fieldName);
      expect(field.value.length).toBeLessThanOrEqual(MESSAGE_LIMITS.fieldValue);
    }
  }
  expect(message.components.length).toBeLessThanOrEqual(MESSAGE_LIMITS.rows);
  for (const row of message.components) {
    expect(row.components.length).toBeLessThanOrEqual(MESSAGE_LIMITS.buttonsPerRow);
    for (const component of row.components) {
      if (component.type === ComponentType.Button && 'label' in component) expect(component.label?.length ?? 0).toBeLessThanOrEqual(MESSAGE_LIMITS.buttonLabel);
      if (component.type === ComponentType.StringSelect) {
        expect(component.options.length).toBeLessThanOrEqual(MESSAGE_LIMITS.selectOptions);
        for (const option of component.options) expect(option.label.length).toBeLessThanOrEqual(MESSAGE_LIMITS.selectOptionText);
        expect(component.placeholder?.length ?? 0).toBeLessThanOrEqual(MESSAGE_LIMITS.selectPlaceholder);
      }
    }
  }
  expect(message.files.length).toBeLessThanOrEqual(MESSAGE_LIMITS.files);
}

/**
 * What Discord reads as markup in `markdown`: the text with every escaped character (after a
 * backslash) blanked and code spans removed, where nothing renders.
 */
function liveMarkdown(markdown: string): string {
  let live = '';
  for (let index = 0; index < markdown.length; index += 1) {
    if (markdown[index] === '\\' && index + 1 < markdown.length) {
      live += '\u0001';
      index += 1;
    } else live += markdown.charAt(index);
  }
  return live.replace(/`[^`]*`/g, '');
}

/** Rapport's own tags in generated replies: times, and the person and channel it names itself. */
const OWN_TAGS = new RegExp(`^<(?:t:\\d+:f|@${OWN_USER}|#${OWN_CHANNEL})>$`);

/** Mentions, masked links, spoilers or tags in `markdown` that Rapport did not write itself. */
export function foreignMarkup(markdown: string): string[] {
  const live = liveMarkdown(markdown);
  // What Discord reads after a `<`: mentions, channels, roles, timestamps, emoji, commands, links, guild navigation.
  const tags = (live.match(/<(?:[@#/:]|t:|a:|id:|https?:)[^>]*>?/g) ?? []).filter((tag) => !OWN_TAGS.test(tag));
  return [...tags, ...(live.match(/\[[^\]]*\]\(|\|\||@everyone|@here/g) ?? [])];
}

/** The texts of a message that Discord reads as markdown. */
export function markdownOf(message: RenderedMessage): string[] {
  return [
    message.content ?? '',
    ...message.embeds.flatMap((embed: APIEmbed) => [
      embed.title ?? '',
      embed.description ?? '',
      ...(embed.fields ?? []).flatMap((field) => [field.name, field.value]),
    ]),
  ];
}
