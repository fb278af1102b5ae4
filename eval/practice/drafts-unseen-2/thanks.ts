/** Second held-out batch of thank-you notes: never tuned on. */
import { unseen, type UnseenSpec } from '../drafts-unseen/spec.js';
import { PEOPLE_2 as P } from './people.js';

/** Second held-out batch of thank-you notes. */
export const UNSEEN_2_THANKS_DRAFTS: readonly UnseenSpec[] = [
  unseen(
    'unseen2-thanks-strong-ps',
    'strong',
    'nadia-rahman',
    P.beatriz,
    `Hi Nadia,

Thank you so much for yesterday's conversation. I hadn't realised that new staff move between audit and tax before choosing, and it takes a lot of pressure off picking a path now.

I'm going to contact Luis Moreno next week, as you offered.

Best,
{first}

P.S. I found the spreadsheet automation course you mentioned and registered for the March session.`,
  ),
  unseen(
    'unseen2-thanks-strong-card',
    'strong',
    'marcus-bell',
    P.nomvula,
    `Dear Marcus,

A short note to thank you for your honesty about night shifts for new nurses. It was what I most needed to hear before choosing where to apply.

I have since asked my program for a medical-surgical placement, and I look forward to meeting Aisha Grant.

With thanks,
{name}`,
  ),
  unseen(
    'unseen2-thanks-strong-nonnative',
    'strong',
    'ben-torres',
    P.yuki,
    `Dear Ben,

Thank you for to share your time with me. Your explanation about code review in your team was very clear, I did not know the juniors also review seniors code.

I started to make a small game with only one level, like you advise me. Please say hello to Hana Sato for me; I am glad if I can talk to her.

Best regards,
{name}`,
  ),
  unseen(
    'unseen2-thanks-strong-brief',
    'strong',
    'nadia-rahman',
    P.arash,
    `Nadia,

Thanks for your time on Monday. Your take on busy season (hard, but done by spring) was reassuring. I've started an Excel macros tutorial, and I'll write to Luis Moreno this week.

Best,
{name}`,
  ),
  unseen(
    'unseen2-thanks-strong-career-changer',
    'strong',
    'ben-torres',
    P.patrick,
    `Hi Ben,

Thank you for talking with me on Friday. As a former high school teacher, I found your point about finishing small games instead of one big one especially useful; it is how I used to tell my students to approach projects, and I had forgotten to apply it to myself.

I've entered a weekend game jam next month. Thank you as well for offering to connect me with Hana Sato.

Kind regards,
{name}`,
  ),
  unseen(
    'unseen2-thanks-strong-warm',
    'strong',
    'marcus-bell',
    P.leilani,
    `Hi Marcus,

Mahalo for our talk yesterday! Learning that every new graduate on your unit gets a preceptor made me feel so much better about starting out.

I've already shared your advice about a general floor with my clinical instructor, and I'd love to meet Aisha Grant when it suits her.

Warmly,
{first}`,
  ),

  unseen(
    'unseen2-thanks-weak-late-generic',
    'weak',
    'nadia-rahman',
    P.patrick,
    `Hi,

Sorry this is late, it's been a month. Thanks for the chat, it was nice.

{first}`,
  ),
  unseen(
    'unseen2-thanks-weak-favour-list',
    'weak',
    'ben-torres',
    P.arash,
    `Ben,

Thanks. Can you also send me your team's interview questions, introduce me to your manager, and let me know when Pinecone posts new jobs?

{name}`,
  ),
  unseen(
    'unseen2-thanks-weak-raw-notes',
    'weak',
    'marcus-bell',
    P.yuki,
    `notes from call w/ marcus:
- nights
- preceptor
- med surg 2 yrs
- aisha grant?`,
  ),
  unseen(
    'unseen2-thanks-weak-copy-paste-wrong-name',
    'weak',
    'nadia-rahman',
    P.nomvula,
    `Dear Dr. Thompson,

Thank you for the wonderful tour of your laboratory. I learned so much about research.

Sincerely,
{name}`,
  ),
  unseen(
    'unseen2-thanks-weak-self-promo',
    'weak',
    'ben-torres',
    P.leilani,
    `Hi Ben,

Thanks for the call. Just a reminder that I am a hard worker with great references, and I'd be happy to start at Pinecone as soon as you need me.

{first}`,
  ),
  unseen(
    'unseen2-thanks-weak-cold',
    'weak',
    'marcus-bell',
    P.beatriz,
    `Mr. Bell,

Received. Thanks.

{name}`,
  ),
];
