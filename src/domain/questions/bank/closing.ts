import { defineCategory } from './define.js';

/**
 * End-of-conversation lines. The id says which part of the close each one plays:
 * `closing-catchall-*`, `closing-referral-*`, `closing-permission-*` or `closing-thanks-*`.
 * Permission and thanks are a sentence each, said in passing: they take no minutes of their own.
 */
export const CLOSING_QUESTIONS = defineCategory('closing', [
  {
    id: 'closing-catchall-missed', targets: ['universal'], tier: 'must', minutes: 1,
    text: "What haven't I asked that I should have?",
    probes: ['What do most people forget to ask about?'],
  },
  {
    id: 'closing-catchall-one-thing', targets: ['universal'], tier: 'must', minutes: 1,
    text: 'If I remember only one thing from today, what should it be?',
    probes: ['Why that one thing?'],
  },
  {
    id: 'closing-catchall-anything-else', targets: ['universal'], tier: 'must', minutes: 1,
    text: 'What else do you think I should know before I take my next step?',
    probes: ['What would you want to hear if you were in my place?'],
  },
  {
    id: 'closing-catchall-program', targets: ['program'], tier: 'must', minutes: 1,
    text: "What haven't I asked about {subject} that applicants usually overlook?",
    probes: ['What do applicants tend to regret not asking?'],
  },
  {
    id: 'closing-catchall-organization', targets: ['organization'], tier: 'must', minutes: 1,
    text: "What should I know about {subject} that I wouldn't find online?",
    probes: ['What do people only learn after they join?'],
  },
  {
    id: 'closing-referral-who-else', targets: ['universal'], tier: 'must', minutes: 1,
    text: 'Who else would you suggest I talk to so I can learn more?',
    probes: ['How would you suggest I introduce myself to them?'],
  },
  {
    id: 'closing-referral-two-or-three', targets: ['universal'], tier: 'must', minutes: 1,
    text: 'Who are two or three other people who might be willing to share their experience with me?',
    probes: ["What would each of them add to what you've told me?"],
  },
  {
    id: 'closing-referral-occupation', targets: ['occupation'], tier: 'must', minutes: 1,
    text: 'Who is another {subject} you think I should speak with?',
    probes: ['How does their experience differ from yours?'],
  },
  {
    id: 'closing-referral-industry', targets: ['industry'], tier: 'must', minutes: 1,
    text: 'Who else in {subject} could give me a different angle on the sector?',
    probes: ['Which part of the sector do they know best?'],
  },
  {
    id: 'closing-referral-organization', targets: ['organization'], tier: 'must', minutes: 1,
    text: 'Who else at {subject} would be good to hear from about a different part of the organization?',
    probes: ['What would they add to the picture?'],
  },
  {
    id: 'closing-referral-program', targets: ['program'], tier: 'must', minutes: 1,
    text: 'Who else from {subject}, such as a current student or a recent graduate, would be good to talk to?',
    probes: ['What would their view add to yours?'],
  },
  {
    id: 'closing-permission-mention-name', targets: ['universal'], tier: 'must', minutes: 0,
    text: 'Would it be all right if I mentioned your name when I contact them?',
    probes: ['How would you like me to describe our conversation?'],
  },
  {
    id: 'closing-permission-say-you-suggested', targets: ['universal'], tier: 'must', minutes: 0,
    text: 'May I mention your name and say that you suggested I get in touch?',
    probes: ['How would you like me to describe our conversation?'],
  },
  {
    id: 'closing-permission-use-name', targets: ['universal'], tier: 'must', minutes: 0,
    text: 'How would you feel about me using your name when I reach out to them?',
    probes: ['What would you like me to pass along to them?'],
  },
  {
    id: 'closing-thanks-clearer-picture', targets: ['universal'], tier: 'must', minutes: 0,
    text: 'Thank you for making time for me today; this conversation has given me a much clearer picture.',
    probes: ['What is the best way to let you know how things turn out?'],
  },
  {
    id: 'closing-thanks-openness', targets: ['universal'], tier: 'must', minutes: 0,
    text: 'Thank you for being so open about your experience; it has helped me a great deal.',
    probes: ['What is the best way to keep you posted on my next steps?'],
  },
  {
    id: 'closing-thanks-will-follow-up', targets: ['universal'], tier: 'must', minutes: 0,
    text: 'Thanks again for your time; I will send you a short note about what I do with your advice.',
    probes: ['What is the best way to reach you if a quick question comes up?'],
  },
  {
    id: 'closing-thanks-occupation', targets: ['occupation'], tier: 'must', minutes: 0,
    text: 'Thank you for giving me such an honest look at life as a {subject}.',
    probes: ['What is the best way to let you know how things turn out?'],
  },
  {
    id: 'closing-thanks-program', targets: ['program'], tier: 'must', minutes: 0,
    text: 'Thank you for helping me understand what {subject} is really like from the inside.',
    probes: ['What is the best way to let you know how my application goes?'],
  },
]);
