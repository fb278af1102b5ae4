/** Third held-out batch of thank-you notes: sealed, never tuned on. */
import { unseen, type UnseenSpec } from '../drafts-unseen/spec.js';
import { PEOPLE_3 as P } from './people.js';

/** Third held-out batch of thank-you notes. */
export const UNSEEN_3_THANKS_DRAFTS: readonly UnseenSpec[] = [
  unseen(
    'unseen3-thanks-strong-second-language',
    'strong',
    'nadia-rahman',
    P.thanh,
    `Dear Nadia,

Thank you very much for your time yesterday. It was very helpful for me to know that new staff can rotate between audit and tax in the first two years, because I was worried to choose the wrong one too early.

I already started to learn Excel macros like you said. I would be very happy if you can introduce me to Luis Moreno.

Best regards,
{name}`,
  ),
  unseen(
    'unseen3-thanks-strong-career-changer',
    'strong',
    'marcus-bell',
    P.gareth,
    `Hi Marcus,

Thank you for being so candid yesterday. After twenty years as a firefighter I expected nights to be the easy part, so hearing how the rotation really works for new nurses on your unit was an eye-opener.

I've taken your advice about starting on a general floor to heart, and I've asked for a med-surg placement next term. I'd be grateful for the introduction to Aisha Grant whenever it's convenient.

All the best,
{name}`,
  ),
  unseen(
    'unseen3-thanks-strong-short',
    'strong',
    'ben-torres',
    P.rafael,
    `Ben,

Thanks for the call yesterday. Your point about small finished games beating one big unfinished one hit home; I've shelved my RPG and I'm building a one-screen puzzle game instead.

Happy to hear from Hana Sato whenever she has time.

Cheers,
{first}`,
  ),
  unseen(
    'unseen3-thanks-strong-formal',
    'strong',
    'nadia-rahman',
    P.amina,
    `Dear Ms. Rahman,

Thank you sincerely for speaking with me yesterday. Your description of the spring busy season, demanding but short, gave me a much more realistic picture of the year in a firm like Fairview.

Following your suggestion, I have enrolled in an evening course on spreadsheet automation. I would also welcome the chance to speak with Luis Moreno, if the introduction is still convenient for you.

With gratitude,
{name}`,
  ),
  unseen(
    'unseen3-thanks-strong-nervous',
    'strong',
    'marcus-bell',
    P.mariana,
    `Hello Marcus,

Thank you so much for our talk yesterday, I was nervous but you made it easy. What stayed with me most is the preceptor program, that every new graduate has a mentor. Now I am less afraid of my first job.

I told my clinical instructor about it and she agreed it is a good thing to look for. I would love to meet Aisha Grant if she has time.

Thank you again,
{name}`,
  ),
  unseen(
    'unseen3-thanks-strong-jam',
    'strong',
    'ben-torres',
    P.olumide,
    `Hi Ben,

Thanks for your time yesterday. I liked what you said about game jams teaching you to cut scope; I've signed up for one next weekend and I'll try to finish something small in 48 hours.

Thank you too for offering to put me in touch with Hana Sato.

Best,
{first}`,
  ),
  unseen(
    'unseen3-thanks-strong-code-review',
    'strong',
    'ben-torres',
    P.elif,
    `Dear Ben,

Thank you for talking with me yesterday. I didn't know code reviews on your team are a place where juniors learn so much, and it made me want to get better at reading other people's code. I've joined an open-source project to practise reviewing.

I'd be glad to speak with Hana Sato if you're still happy to introduce us.

Kind regards,
{name}`,
  ),
  unseen(
    'unseen3-thanks-strong-warm-parent',
    'strong',
    'nadia-rahman',
    P.siobhan,
    `Hi Nadia,

Thank you for your time and your encouragement yesterday. As a parent going back to school, I was relieved to hear that the busy season is intense but over by spring; I can plan for that.

I've started the spreadsheet automation tutorial you recommended, and I'll look out for your introduction to Luis Moreno.

Warm wishes,
{first}`,
  ),

  unseen(
    'unseen3-thanks-weak-no-thanks',
    'weak',
    'marcus-bell',
    P.thanh,
    `Marcus,

When is the introduction to Aisha going to happen? Please send it this week.

{name}`,
  ),
  unseen(
    'unseen3-thanks-weak-job-ask',
    'weak',
    'nadia-rahman',
    P.olumide,
    `Hi Nadia,

Thanks for yesterday. Are there any junior openings at Fairview right now? I've attached my resume in case you can pass it to HR.

{first}`,
  ),
  unseen(
    'unseen3-thanks-weak-generic',
    'weak',
    'ben-torres',
    P.siobhan,
    `Hi,

Thank you for your time. It was great. Have a nice day.

{first}`,
  ),
  unseen(
    'unseen3-thanks-weak-too-long',
    'weak',
    'marcus-bell',
    P.rafael,
    `Dear Marcus,

I wanted to write to you to say thank you for the call, and also to tell you more about myself since we ran out of time. I grew up in a small town and my mother was a nurse, which is why I have always been interested in healthcare, although for a while I also thought about medicine and even dentistry, and I did a year of biology before I switched. In high school I volunteered at a seniors' home, and I was also captain of the soccer team, which taught me teamwork. Last summer I worked at a camp. My grades are mostly B+ and A-, except for chemistry, which was hard because of the professor. I think I would be a good fit for any hospital, and I am applying to several, including Riverside. I also have some questions I forgot to ask: what is the salary for new nurses, how many vacation days do you get, and is parking free? Anyway thank you again and I hope to hear from you soon with answers to all of these.

{name}`,
  ),
  unseen(
    'unseen3-thanks-weak-wrong-person',
    'weak',
    'ben-torres',
    P.amina,
    `Dear Ms. Rahman,

Thank you for explaining the accounting profession to me. I learned a lot about audits.

{name}`,
  ),
  unseen('unseen3-thanks-weak-text', 'weak', 'nadia-rahman', P.elif, `thx for the chat!! ttyl`),
  unseen(
    'unseen3-thanks-weak-complaint',
    'weak',
    'marcus-bell',
    P.gareth,
    `Marcus,

Thanks for the call, though honestly it was shorter than I hoped and you didn't really answer my question about getting hired at Riverside. Maybe we can do a proper hour next week.

{first}`,
  ),
  unseen(
    'unseen3-thanks-weak-months-late',
    'weak',
    'ben-torres',
    P.mariana,
    `Hi Ben,

Sorry, I forgot to write after our call in the summer. Thanks for it anyway. Do you have any jobs now?

{first}`,
  ),
];
