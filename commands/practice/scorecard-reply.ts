import { actions, bullets, button, context, ephemeral, fields, heading, numbered, text } from '../../src/core/reply-builders.js';
import type { Block, Reply } from '../../src/core/reply.js';
import { SCENARIO_TITLES } from '../../src/domain/practice/catalogue.js';
import { MISTAKE_LABELS } from '../../src/domain/practice/mistakes.js';
import type { Improvement, Scorecard } from '../../src/domain/practice/rehearsal-types.js';
import { againRef, menuRef } from './refs.js';
import { userText } from '../../src/core/user-text.js';

/** An improvement as the student reads it: the mistake's name, their own words, then what to do instead. */
function improvementItem(improvement: Improvement): string {
  const { quote } = improvement;
  const stop = /[.!?…]$/.test(quote) ? '' : '.';
  return `*${MISTAKE_LABELS[improvement.mistake]}.* You wrote “${userText(quote)}”${stop} ${improvement.advice}`;
}

/**
 * The feedback at the end of a rehearsal: the score, each criterion's points out of its weight,
 * what went well, up to three improvements quoting the student, a rewrite of their weakest line,
 * and the Try again and Another scenario buttons.
 */
export function scorecardReply(rehearsalId: string, card: Scorecard): Reply {
  const blocks: Block[] = [
    heading(`Scorecard: ${SCENARIO_TITLES[card.scenario]}`),
    text(`*Score: ${card.score}/100*`),
    fields(card.criteria.map((criterion) => ({ label: criterion.label, value: `${criterion.points}/${criterion.weight} · ${criterion.note}` }))),
    context('Each criterion earns points up to its weight; the weights add up to 100.'),
    heading('What went well'),
    bullets(card.wentWell),
  ];
  if (card.improvements.length > 0) blocks.push(heading('Try this next'), numbered(card.improvements.map(improvementItem)));
  if (card.rewrite !== undefined) {
    blocks.push(heading('Your weakest line, rewritten'), text(`You wrote: “${userText(card.rewrite.original)}”\nTry: “${userText(card.rewrite.suggestion)}”`));
  }
  blocks.push(actions(button('Try again', againRef(rehearsalId), 'primary'), button('Another scenario', menuRef())));
  return ephemeral(...blocks);
}
