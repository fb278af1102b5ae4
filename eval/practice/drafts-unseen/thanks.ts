/** Held-out thank-you notes: never tuned on. */
import { unseen, type UnseenSpec } from './spec.js';
import { PEOPLE as P } from './people.js';

/** Held-out thank-you notes. */
export const UNSEEN_THANKS_DRAFTS: readonly UnseenSpec[] = [
  unseen(
    'unseen-thanks-strong-short-warm',
    'strong',
    'ben-torres',
    P.sione,
    `Hi Ben,

Thanks for yesterday! I'd never thought of a portfolio as several small finished games rather than one big one, and I've already scrapped my sprawling RPG for two tiny projects.

I'd be glad to meet Hana Sato whenever it suits her.

Cheers,
{first}`,
  ),
  unseen(
    'unseen-thanks-strong-formal',
    'strong',
    'nadia-rahman',
    P.rustam,
    `Dear Ms. Rahman,

Thank you for the time you gave me yesterday. Your explanation of how first-year staff rotate between audit and tax helped me understand which firms to apply to next year.

Following your advice, I enrolled in an Excel automation workshop that starts next week. I would also be very grateful for the introduction to Luis Moreno that you kindly offered.

Respectfully,
{name}
{phone}`,
  ),
  unseen(
    'unseen-thanks-strong-nonnative',
    'strong',
    'marcus-bell',
    P.mei,
    `Dear Marcus,

Thank you so much for speak with me yesterday. The part about the preceptor program was most useful, because I was worry to start alone on the unit. Now I feel more calm about it.

I already told my instructor I want med-surg placement first, like you advise. And thank you for offer to introduce me to Aisha Grant, I will be happy to talk with her.

Best wishes,
{name}`,
  ),
  unseen(
    'unseen-thanks-strong-career-changer',
    'strong',
    'ben-torres',
    P.dmitri,
    `Hello Ben,

I appreciated our conversation on Tuesday. Coming from twelve years of bank IT, I was surprised by how seriously your team takes code reviews, and it made me realise my experience counts for more than I thought.

Since we talked I have joined a game jam for next weekend, to practise cutting scope the way you described. Thank you also for mentioning Hana Sato; I'll write to her once she's expecting me.

All the best,
{name}`,
  ),
  unseen(
    'unseen-thanks-strong-no-referral-name',
    'strong',
    'nadia-rahman',
    P.fatou,
    `Hi Nadia,

Many thanks for speaking with me. What stuck with me most was your description of busy season: intense, but over by May. It made accounting feel much more manageable as a parent.

I've started the free spreadsheet automation course you mentioned, and I'd be grateful for the introduction to your colleague in tax whenever you have a moment.

Warm regards,
{name}`,
  ),
  unseen(
    'unseen-thanks-strong-initials',
    'strong',
    'marcus-bell',
    P.jo,
    `Marcus,

Thank you for being so candid about night shifts. Hearing how the rotation works for new grads on your unit is exactly what my program doesn't cover.

I've requested a general medicine placement for January based on your advice about two years on a general floor. I'd welcome an introduction to Aisha Grant.

Thanks again,
J.O.`,
  ),
  unseen(
    'unseen-thanks-strong-intl-games',
    'strong',
    'ben-torres',
    P.lucas,
    `Dear Ben,

Thank you for your time and for your honest advice. Your story about how game jams taught you to cut scope was really helpful for me, because in my team projects we always try to build too much.

I signed up for the next jam at my college. Please also thank Hana Sato in advance from me; I would be glad to contact her if she is open to it.

Best regards,
{name}
{email}`,
  ),
  unseen(
    'unseen-thanks-strong-order-action-first',
    'strong',
    'nadia-rahman',
    P.priya,
    `Hi Nadia,

Quick update: I booked my first macros lesson this morning, which I wouldn't have done without our talk. Thank you for being so generous with your time yesterday, and for explaining how the audit and tax rotation works for new hires.

I'll reach out to Luis Moreno this week, as you suggested.

Best,
{first}
{phone}`,
  ),
  unseen(
    'unseen-thanks-strong-nursing-parent',
    'strong',
    'marcus-bell',
    P.hana,
    `Hi Marcus,

Thank you for our conversation yesterday. As a mother of two heading into nursing, I really valued your honesty about how night shifts are scheduled for new nurses.

I have talked to my placement coordinator about a medical-surgical rotation, and I would love to meet Aisha Grant if she has time in the next few weeks.

With gratitude,
{name}`,
  ),
  unseen(
    'unseen-thanks-strong-longer',
    'strong',
    'ben-torres',
    P.ingrid,
    `Hi Ben,

Thank you again for making time for me on Wednesday, especially during crunch. I came in thinking I needed one impressive project for my portfolio, and you convinced me otherwise: a few small games that are actually finished say more about what I can do.

I have already cut my platformer down to three levels so I can finish it by the end of the month, and I have looked up the next local game jam. I also took notes on how your team does code reviews, which I plan to try with my classmates.

Thank you too for offering to introduce me to Hana Sato. I would be happy to hear from her whenever it is convenient.

Kind regards,
{name}`,
  ),
  unseen(
    'unseen-thanks-strong-accounting-slips',
    'strong',
    'nadia-rahman',
    P.ahmad,
    `Dear Nadia,

Thank you for your time on our call. I learn a lot, special how new staff is rotating between audit and tax in first two years. In my country it was different, so this was very good to know.

I started to practise spreadsheet automation already, like you recommend. Also thank you for introduce me to Luis Moreno, I will send him message this week.

Kind regards,
{name}`,
  ),
  unseen(
    'unseen-thanks-strong-nursing-brief',
    'strong',
    'marcus-bell',
    P.tui,
    `Kia ora Marcus,

Thank you for talking with me. Learning that every new graduate gets a preceptor made me much more confident about applying to Riverside.

I've added your point about a general floor first to my placement plan, and I'll contact Aisha Grant next week.

Ngā mihi,
{name}`,
  ),

  unseen(
    'unseen-thanks-weak-job-ask',
    'weak',
    'nadia-rahman',
    P.kwame,
    `Hi Nadia,

Thanks for the chat. Is Fairview hiring juniors this spring? I'd love to be considered, please forward my resume to HR.

{name}`,
  ),
  unseen(
    'unseen-thanks-weak-generic',
    'weak',
    'ben-torres',
    P.aoife,
    `Dear Ben,

Thank you for your time and for all the great information. It was very helpful and I learned a lot. I appreciate it.

Best regards,
{name}`,
  ),
  unseen(
    'unseen-thanks-weak-no-thanks',
    'weak',
    'marcus-bell',
    P.dmitri,
    `Marcus,

Following up on our call. Please send me Aisha Grant's contact details and the preceptor program application form.

{name}`,
  ),
  unseen(
    'unseen-thanks-weak-far-too-long',
    'weak',
    'nadia-rahman',
    P.ingrid,
    `Dear Nadia,

I wanted to write to thank you, and also to tell you about everything that has happened since I was a child that led me to accounting. My father was a fisherman and my mother kept the books for his boat, and I used to sit with her at the kitchen table while she added up the receipts. In school I liked maths but I also liked art, and for a long time I wanted to be a painter. Then I moved to Canada, and I worked in a bakery, then in a hotel, then in a warehouse, and in each of those jobs I noticed how the managers struggled with the numbers. So I thought maybe I should do that. I enrolled in college, and the first term was hard because of my English, but I passed everything. I also have a cat and a garden and I like to run. Anyway, I have many more questions: what software do you use, how many hours do you work, what do you earn, do you like your boss, is it better to do a CPA or not, should I move to Toronto, what do you think about AI, and would you be my mentor? Maybe we can meet every month? Thank you for the talk.

{name}`,
  ),
  unseen(
    'unseen-thanks-weak-demanding',
    'weak',
    'ben-torres',
    P.lucas,
    `Ben,

Thanks. I need the introduction to Hana Sato by Friday because I am applying to your studio next week. Make sure you mention I'm a strong programmer.

{first}`,
  ),
  unseen(
    'unseen-thanks-weak-template-placeholders',
    'weak',
    'marcus-bell',
    P.priya,
    `Dear [Interviewer Name],

Thank you for taking the time to meet with me regarding [position]. I enjoyed learning about [company] and I am excited about the opportunity.

Sincerely,
{name}`,
  ),
  unseen('unseen-thanks-weak-one-liner', 'weak', 'nadia-rahman', P.sione, 'thx for the talk, was cool'),
  unseen(
    'unseen-thanks-weak-resume-review',
    'weak',
    'ben-torres',
    P.ahmad,
    `Hello Ben,

Thank you for meeting. I attached my CV and my portfolio of 14 projects, please review all of them and give me detailed feedback on each one, and tell me if I can get job at Pinecone.

{name}
{phone}`,
  ),
  unseen(
    'unseen-thanks-weak-wrong-details',
    'weak',
    'marcus-bell',
    P.fatou,
    `Hi,

Thanks for talking with me about software engineering at your company. Good luck with your projects.

{first}`,
  ),
  unseen(
    'unseen-thanks-weak-call-promise-only',
    'weak',
    'nadia-rahman',
    P.mei,
    `Nadia,

I will call you tomorrow at 9 and again on Monday to discuss jobs at Fairview. Please be available.

{name}`,
  ),
  unseen(
    'unseen-thanks-weak-self-focused',
    'weak',
    'marcus-bell',
    P.rustam,
    `Dear Mr. Bell,

As I mentioned, I have excellent grades, strong leadership and I am a quick learner. I am confident I would be an asset to Riverside Community Hospital. I look forward to your offer.

{name}`,
  ),
  unseen(
    'unseen-thanks-weak-hiring-next-steps',
    'weak',
    'ben-torres',
    P.hana,
    `Dear Mr. Torres,

Thank you for the interview. I look forward to hearing about the next steps in the hiring process and when I can expect an offer.

Regards,
{name}`,
  ),
];
