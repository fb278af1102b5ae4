/** The voicemail scenario: the student reaches voicemail and leaves one message. */
import { gradeVoicemail } from '../graders/voicemail.js';
import { SCENARIO_PERSONAS, SCENARIO_TITLES } from '../catalogue.js';
import { studentTurns } from '../scenario.js';
import { connectionForBrief, whoIs } from '../persona-text.js';
import { draftScenario } from './draft-scenario.js';

/** Definition of the voicemail scenario. */
export const VOICEMAIL_SCENARIO = draftScenario({
  id: 'voicemail',
  title: SCENARIO_TITLES.voicemail,
  personas: SCENARIO_PERSONAS.voicemail,
  brief: (p) =>
    `You are phoning ${whoIs(p)}. ${connectionForBrief(p)}, gave you the number. ${p.manner} ` +
    `Nobody picks up, so after the beep leave the message you would say, as one message. ` +
    `Aim for 20 to 30 seconds spoken (about 50 to 75 words, with each digit of a phone number counting as a word).`,
  prompt: [
    `Hi, you've reached {name} at {organization}. Please leave a message after the tone. *beep*`,
    `You've reached the voicemail of {name}. I'm away from my desk; leave your name and number. *beep*`,
    `This is {first}. Sorry I missed you. Leave a message and I'll get back to you. *beep*`,
  ],
  grade: (ctx) =>
    gradeVoicemail(
      studentTurns(ctx.state)
        .map((t) => t.text)
        .join('\n'),
      ctx.persona,
      ctx.field,
    ),
  replies: {
    yes: [
      'Later that day {first} calls back and offers a 15-minute chat on Friday.',
      'The next morning {first} emails you a couple of times that suit {their} week.',
      '{first} returns your call before the end of the day.',
    ],
    no: [
      'A few days pass without a call back. That happens often; follow up when you said you would, with a message that is easier to act on.',
      'No reply yet. Busy people call back the messages that make it easy: a clear number, a reason and a next step.',
      "{first} listens to the message but isn't sure how to reach you or why, and it slips down {their} list.",
    ],
  },
});
