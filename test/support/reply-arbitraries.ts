/**
 * fast-check arbitraries for the property tests of the renderers: hostile text as students
 * could type it (mentions and links in every platform's syntax, markdown, emoji sequences, half
 * surrogate pairs, very long words) inside replies shaped as commands build them, with
 * Rapport's own markup and tokens around it.
 */
import fc from 'fast-check';
import { channelToken, typedMention, userToken } from '../../src/core/mention-token.js';
import { actionRef, actions, bullets, button, context, divider, fields, heading, numbered, select, text } from '../../src/core/reply-builders.js';
import type { Attachment, Block, Form, FormField, Reply } from '../../src/core/reply.js';
import { timeToken } from '../../src/core/time-token.js';
import { userText } from '../../src/core/user-text.js';

/** The person and channel Rapport itself names in generated replies: the only mentions a rendering may hold. */
export const OWN_USER = 'U0RAPPORT';
export const OWN_CHANNEL = 'C0RAPPORT';

/** Pieces of hostile input, each aimed at one way text can turn into something else. */
const HOSTILE_PIECES = [
  '<u:U0VICTIM>',
  typedMention('U0VICTIM'),
  '<c:C0GENERAL>',
  '<t:1795528800|soon>',
  '<@U0VICTIM>',
  '<@!123456789012345678>',
  '<@&123456789012345678>',
  '<#123456789012345678>',
  '<!channel>',
  '<!here>',
  '<!everyone>',
  '<!subteam^S123>',
  '@everyone',
  '@here',
  '<https://evil.example|click here>',
  '[click here](https://evil.example)',
  '[x](<https://evil.example>)',
  '||spoiler||',
  '|',
  '`',
  '```',
  '*',
  '**',
  '_',
  '__',
  '~~',
  '\\',
  '> ',
  '# ',
  '-# ',
  '- ',
  '1. ',
  '&amp;',
  '&lt;',
  '<',
  '>',
  '&',
  '\n',
  ':smile:',
  '</log:123>',
  '<t:1:f>',
  '👩‍👩‍👧‍👦',
  '🇫🇷',
  '👍🏽',
  'e\u0301',
  '\u200b',
  '\uD83D',
  '\uDE00',
  '\u0000',
  '\uE010',
  '\uE011',
  '\uE012<u:U0VICTIM>',
];

/** Text a student could type: hostile pieces among ordinary words and arbitrary code points. */
export const hostileText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_PIECES) },
      { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
      { weight: 1, arbitrary: fc.constantFrom('Dana Lee', 'nurse', 'met them at the fair') },
    ),
    { maxLength: 12 },
  )
  .map((pieces) => pieces.join(''));

/** Hostile text, sometimes repeated into a very long text (up to tens of thousands of characters) or one long word. */
export const studentText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: hostileText },
  { weight: 1, arbitrary: fc.tuple(hostileText, fc.integer({ min: 1, max: 600 })).map(([piece, times]) => piece.repeat(times)) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constantFrom('😀', 'a', 'é', '👩‍👩‍👧‍👦', '<', '&'), fc.integer({ min: 1000, max: 9000 })).map(([piece, times]) => piece.repeat(times)),
  },
);

/** Reply text the way commands write it: Rapport's markup and tokens around what a student wrote. */
const markedText: fc.Arbitrary<string> = fc.tuple(studentText, fc.integer({ min: 0, max: 5 })).map(([written, shape]) => markAround(written, shape));

/** Like {@link markedText}, around short text only: labels, options, hints. */
const shortMarkedText: fc.Arbitrary<string> = fc.tuple(hostileText, fc.integer({ min: 0, max: 5 })).map(([written, shape]) => markAround(written, shape));

function markAround(written: string, shape: number): string {
  const mark = userText(written);
  const at = timeToken(new Date('2026-11-24T14:00:00Z'), 'Tuesday at 9:00 AM');
  switch (shape) {
    case 0:
      return mark;
    case 1:
      return `📝 Saved your notes from *${mark}*. Due ${at}.`;
    case 2:
      return `${userToken(OWN_USER)} shared: ${mark} in ${channelToken(OWN_CHANNEL)}`;
    case 3:
      return `Example: \`/log show "${mark}"\``;
    case 4:
      return `_${mark}_ · *Learned:* ${mark}`;
    default:
      return `line one\n${mark}\nline three ${at}`;
  }
}

const ref = actionRef('log', 'show', 'c1');

const blockArbitrary: fc.Arbitrary<Block> = fc.oneof(
  markedText.map(heading),
  markedText.map(text),
  fc.array(markedText, { maxLength: 8 }).map(bullets),
  fc.array(markedText, { maxLength: 8 }).map(numbered),
  fc.array(fc.record({ label: shortMarkedText, value: markedText }), { maxLength: 30 }).map(fields),
  markedText.map(context),
  fc.constant(divider),
  fc
    .array(
      fc.oneof(
        shortMarkedText.map((label) => button(label, ref)),
        fc
          .array(fc.record({ label: shortMarkedText, value: fc.string({ maxLength: 20 }) }), { maxLength: 30 })
          .map((options) => select('Pick one', ref, options)),
      ),
      { maxLength: 30 },
    )
    .map((elements) => actions(...elements)),
);

const attachmentArbitrary: fc.Arbitrary<Attachment> = fc.record({
  filename: fc.constantFrom('journal.csv', 'script.txt'),
  contentType: fc.constant('text/plain'),
  content: studentText,
});

/** A reply as commands build them: up to 80 blocks, sometimes with attachments. */
export const replyArbitrary: fc.Arbitrary<Reply> = fc.record({
  visibility: fc.constantFrom('ephemeral' as const, 'public' as const),
  blocks: fc.array(blockArbitrary, { maxLength: 80 }),
  attachments: fc.array(attachmentArbitrary, { maxLength: 2 }),
});

const fieldArbitrary: fc.Arbitrary<FormField> = fc.record(
  {
    name: fc.constantFrom('contact', 'learned', 'advice', 'next', 'role'),
    label: shortMarkedText,
    hint: shortMarkedText,
    required: fc.boolean(),
    maxLength: fc.integer({ min: 1, max: 6000 }),
    multiline: fc.boolean(),
    options: fc.array(fc.record({ label: shortMarkedText, value: fc.string({ minLength: 1, maxLength: 20 }) }), { maxLength: 120 }),
    initialValue: studentText,
  },
  { requiredKeys: ['name', 'label', 'required'] },
);

/** A form with up to twelve fields. */
export const formArbitrary: fc.Arbitrary<Form> = fc.record({
  title: shortMarkedText,
  submitLabel: shortMarkedText,
  fields: fc.uniqueArray(fieldArbitrary, { maxLength: 12, selector: (field) => field.name }),
  submit: fc.constant(ref),
});

/** Whether `text` holds half a surrogate pair. */
export function hasLoneSurrogate(text: string): boolean {
  return /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}

/** Whether `text` holds one of the private-use characters Rapport keeps for its marks, or NUL. */
export function hasReserved(text: string): boolean {
  // eslint-disable-next-line no-control-regex -- NUL is one of the characters looked for.
  return /[\u0000\uE000-\uE01F]/.test(text);
}

/** Every string inside a rendered value, wherever it sits. */
export function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (value !== null && typeof value === 'object' && !(value instanceof Buffer)) return Object.values(value).flatMap(allStrings);
  return [];
}
