/**
 * Grades an outreach email asking for an informational interview. Asking for a job empties
 * both the purpose and the ask criteria (the message is no longer a request for a
 * conversation), so such an email cannot score above 50; it then stands as the only verdict on
 * both, rather than beside "the purpose was not clear" or "there was no time request".
 */
import { attachment, jobRequest, missingOptions, timeRequest } from '../checks/ask.js';
import { buriedConnection, genericGreeting, lifeStory, missingConnection, missingIntro, missingPurpose, missingWhyYou } from '../checks/introduction.js';
import { lengthCheck, type LengthTarget } from '../checks/length.js';
import { missingClose, stiffLanguage } from '../checks/manners.js';
import { firstSentence, toDraft } from '../draft.js';
import { subjectFindings } from '../email/subject-line.js';
import type { EmailParts } from '../email/parse.js';
import { buildScorecard, check, type Finding, type Rubric } from '../feedback.js';
import type { Persona, Scorecard } from '../rehearsal-types.js';

/** Criteria and weights of the email scenario (they add up to 100). */
export const EMAIL_RUBRIC = {
  subject: { label: 'Specific, short subject that does not look like spam', weight: 8 },
  connection: { label: 'Connection in the first lines', weight: 8 },
  personal: { label: 'Addressed by name, with why this person', weight: 10 },
  intro: { label: 'One-line introduction', weight: 5 },
  purpose: { label: 'Asks to learn, not for a job', weight: 25 },
  ask: { label: 'Bounded ask: 10 to 20 minutes, with options', weight: 25 },
  attachment: { label: 'No attachment', weight: 5 },
  length: { label: 'Under about 125 words', weight: 5 },
  plain: { label: 'Plain, friendly language', weight: 4 },
  close: { label: 'A clear close', weight: 5 },
} as const satisfies Rubric<string>;

/** Body length of a good outreach email. */
export const EMAIL_LENGTH: LengthTarget = { min: 40, max: 125, unit: 'words' };

/** Sentences (after a greeting line) within which the connection should appear. */
const CONNECTION_WITHIN = 2;
/** An opening line: a usual greeting, or any short line ending in a comma ("Kia ora Lena,", "Mr. Lin,"). */
const GREETING_LINE = /^((hi|hello|dear|good (morning|afternoon)|hey)\b|(\S+ ){0,3}\S+,$)/i;

/** Grades an email's subject and body. */
export function gradeEmail(email: EmailParts, persona: Persona, field: string): Scorecard {
  const d = toDraft(email.body);
  const greeted = GREETING_LINE.test(d.sentences[0]?.text ?? '') ? 1 : 0;
  const job = jobRequest(d, field, 1);
  return buildScorecard('email', EMAIL_RUBRIC, {
    subject: check('Your subject line is specific and would get opened.', subjectFindings(email.subject, firstSentence(d), persona, field)),
    connection: check(
      'You led with your connection, the best reason to keep reading.',
      missingConnection(d, persona, 1),
      buriedConnection(d, persona, CONNECTION_WITHIN + greeted, 0.5),
    ),
    personal: check('You wrote to them by name and said why them.', genericGreeting(d, persona, 0.4), missingWhyYou(d, persona, 0.6)),
    intro: check('Your introduction was one tidy line.', lifeStory(d, 1) ?? missingIntro(d, 1)),
    purpose: check('You asked to learn from them, not for a job.', job ?? missingPurpose(d, field, 0.5)),
    ask: check(
      'Your ask was small and easy to say yes to.',
      askBeyondConversation(job) ?? [timeRequest(d, 0.6), missingOptions(d, 0.4)].filter((f) => f !== null),
    ),
    attachment: check('No attachment: it reads as a request for advice, not an application.', attachment(d, 1)),
    length: check('Short enough to read on a phone.', lengthCheck(d, EMAIL_LENGTH, 1)),
    plain: check('Plain and friendly wording.', stiffLanguage(d, 1)),
    close: check('You closed clearly, leaving the reply to them.', missingClose(d, 1)),
  });
}

/**
 * A job request also voids the ask: it asks for far more than a conversation, so the time and
 * the options of a conversation are not judged as well (one finding, one verdict).
 */
function askBeyondConversation(job: Finding | null): Finding | null {
  return job === null ? null : { ...job, note: 'The ask went beyond a conversation.' };
}
