import { context, ephemeral, text } from '../../src/core/reply-builders.js';
import type { Reply } from '../../src/core/reply.js';
import type { QuestionPlan } from '../../src/domain/questions/planner.js';
import { buildInterviewScript, scriptToText } from '../../src/domain/questions/script.js';
import { comparisonKey } from '../../src/domain/questions/question-text.js';
import { questionCount } from './plan-reply.js';
import { userText } from '../../src/core/user-text.js';

/** The script's file name, e.g. `interview-script-graphic-designer.txt`. */
function scriptFilename(subject: string): string {
  const slug = comparisonKey(subject).replace(/ /g, '-').slice(0, 40).replace(/-$/, '');
  return `interview-script-${slug === '' ? 'plan' : slug}.txt`;
}

/**
 * A plan as a printable interview script: a plain-text file (uploaded on Slack and Discord,
 * printed on the console) with a 30-second introduction to fill in, the questions with their
 * follow-up probes, and the close. The introduction keeps `[your name]`: a platform's display
 * name is not always how a student introduces themselves.
 */
export function scriptReply(plan: QuestionPlan): Reply {
  return {
    ...ephemeral(
      text(
        `📄 Your interview script for ${userText(plan.subject)}: a 30-second introduction, ${questionCount(plan)} questions with follow-ups, and the close.`,
      ),
      context('Fill in the [brackets] before the call, then print it or keep it open while you talk.'),
    ),
    attachments: [{ filename: scriptFilename(plan.subject), contentType: 'text/plain', content: scriptToText(buildInterviewScript(plan)) }],
  };
}
