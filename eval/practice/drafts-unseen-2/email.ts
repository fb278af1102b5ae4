/** Second held-out batch of outreach emails: never tuned on. */
import { unseen, type UnseenSpec } from '../drafts-unseen/spec.js';
import { PEOPLE_2 as P } from './people.js';

/** Second held-out batch of emails. */
export const UNSEEN_2_EMAIL_DRAFTS: readonly UnseenSpec[] = [
  unseen(
    'unseen2-email-strong-bullets',
    'strong',
    'victor-lin',
    P.arash,
    `Subject: Analyst questions from a math student - Nina Patel referral

Hi Victor,

Nina Patel from the alumni office pointed me your way. I'm a fourth-year math student weighing credit unions against banks, and your student budgeting workshops made me think you'd have a grounded view.

If you could spare 15 minutes, I'd love to ask:
- what a typical month looks like for an analyst at Harbor
- which tools you rely on most

Phone or video, any day that works for you.

Thanks,
{name}`,
  ),
  unseen(
    'unseen2-email-strong-formal-intl',
    'strong',
    'grace-osei',
    P.nomvula,
    `Subject: Request for a brief conversation about community pharmacy

Dear Ms. Osei,

I hope this finds you well. My name is {name}, and I am a pharmacy student from South Africa completing my bridging program here. Professor Paul Singh mentioned the vaccination clinic you established at CityCare, and I would be glad to learn how it came about.

Would you be able to spare 15 minutes for a telephone conversation at a time convenient for you?

Yours sincerely,
{name}`,
  ),
  unseen(
    'unseen2-email-strong-terse',
    'strong',
    'lena-fischer',
    P.yuki,
    `Subject: Arjun Mehta's classmate - question on older-adult testing

Hi Lena,

Arjun Mehta suggested I write. I'm a second-year HCI student and I'd like to hear how you ran the delivery app sessions with older adults. Could we do a 15-minute call sometime in the next two weeks?

Thank you,
{first}`,
  ),
  unseen(
    'unseen2-email-strong-subject-last',
    'strong',
    'victor-lin',
    P.beatriz,
    `Hello Mr. Lin,

I'm {name}, a returning student in the accounting program after ten years as a bank teller. Nina Patel, our alumni officer, suggested I contact you. I've heard good things about your budgeting workshops and I'm curious how you moved into analysis.

Would you have 15 or 20 minutes for a short call, whenever is easiest for you?

Many thanks,
{first}`,
    'Former bank teller exploring financial analysis',
  ),
  unseen(
    'unseen2-email-strong-slips',
    'strong',
    'lena-fischer',
    P.patrick,
    `Subject: Student from Kenya, Arjun Mehta recommend me to write you

Dear Lena,

Arjun Mehta, which was intern in your team, recommend me to write you. I am doing my master in human factors. I read your case study with the older adults and delivery app, it was very interesting for me because in my country many older people also struggle with apps.

Could I ask you some questions in 15 minutes call? I can adapt to your time.

Kind regards,
{name}`,
  ),
  unseen(
    'unseen2-email-strong-career-changer',
    'strong',
    'grace-osei',
    P.leilani,
    `Subject: Paramedic considering pharmacy - Paul Singh's suggestion

Hi Grace,

I have worked as a paramedic for six years and I am now taking prerequisites for pharmacy. Paul Singh, my chemistry professor, said you would be the right person to ask because you started the vaccination clinic at your store.

Would you be open to a 15-minute call or coffee in the next few weeks? I'd like to understand what a pharmacist's day looks like from the inside.

Thanks so much,
{name}
{phone}`,
  ),

  unseen(
    'unseen2-email-weak-hour-lunch',
    'weak',
    'victor-lin',
    P.arash,
    `Subject: Lunch?

Hi Victor,

Can I take you out for lunch? I'd like about an hour or two to go through my career plan with you in detail.

{first}`,
  ),
  unseen(
    'unseen2-email-weak-internship',
    'weak',
    'lena-fischer',
    P.yuki,
    `Subject: Internship at Parcelpoint

Dear Lena,

I am applying for the UX internship at Parcelpoint and I would like you to refer me to the hiring manager. My portfolio and resume are attached.

Best,
{name}`,
  ),
  unseen(
    'unseen2-email-weak-essay-questions',
    'weak',
    'grace-osei',
    P.nomvula,
    `Subject: Questions

Dear Grace,

Please answer the following questions for my assignment by Monday: 1. What is your education? 2. What is your salary? 3. What do you do every day? 4. What are the pros and cons? 5. Would you recommend pharmacy? 6. What advice do you have?

{name}`,
  ),
  unseen(
    'unseen2-email-weak-wrong-persona',
    'weak',
    'victor-lin',
    P.beatriz,
    `Subject: hi

Hi there,

I'm interested in marketing and I was told you know people. Let me know.

{first}`,
  ),
  unseen(
    'unseen2-email-weak-blame',
    'weak',
    'lena-fischer',
    P.patrick,
    `Subject: No reply?

Lena,

I messaged you on LinkedIn twice and you never answered. I find that rude. Anyway, I still want to know how to get into UX at your company.

{name}`,
  ),
  unseen(
    'unseen2-email-weak-generic-flattery',
    'weak',
    'grace-osei',
    P.leilani,
    `Subject: Amazing professional

Dear Madam,

You are an amazing professional and a true inspiration to everyone. I would be honoured to connect with such a successful leader. Hoping to hear from you soon.

Warm regards,
{name}`,
  ),
];
