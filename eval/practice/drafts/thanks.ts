/** Thank-you notes written for the eval: strong ones from many kinds of students, and weak ones. */
import type { DraftSpec } from './index.js';

const strong = (id: string, personaId: string, text: string): DraftSpec => ({ id, quality: 'strong', personaId, messages: [text] });
const weak = (id: string, personaId: string, text: string): DraftSpec => ({ id, quality: 'weak', personaId, messages: [text] });

/** Eval thank-you notes. */
export const THANKS_DRAFTS: readonly DraftSpec[] = [
  strong(
    'eval-thanks-strong-past-tense',
    'nadia-rahman',
    `Hi Nadia,

Thank you for our call on Monday. Learning how new staff rotate between audit and tax work helped me picture the first two years.

After we spoke, I signed up for a spreadsheet automation course at the library. Thank you too for the introduction to Luis Moreno; I emailed him yesterday.

Best,
Keisha`,
  ),
  strong(
    'eval-thanks-strong-present-perfect',
    'ben-torres',
    `Hi Ben,

Thanks again for your time on Thursday. Your point that small finished games beat one big unfinished project changed how I plan my portfolio.

I have entered a game jam for next month so I can practise cutting scope. I also appreciate you offering to introduce me to Hana Sato; I will write to her this week.

Cheers,
Diego`,
  ),
  strong(
    'eval-thanks-strong-nonnative',
    'marcus-bell',
    `Dear Marcus,

Thank you very much for the conversation last week. I did not know before that the preceptor program gives every new graduate a mentor, this was very helpful for me.

I talked with my placement instructor about doing medical-surgical placement next term. Also thank you for connecting me with Aisha Grant, I will contact her on Monday.

Kind regards,
Thi Hoa`,
  ),
  strong(
    'eval-thanks-strong-career-changer',
    'nadia-rahman',
    `Dear Nadia,

Thank you for making time for me. As someone leaving hospitality after eight years, hearing why the spring busy season is intense but short made the switch feel less daunting.

I have already started learning Excel macros in the evenings, as you suggested. Thank you as well for offering to introduce me to Luis Moreno; I'll reach out to him next week.

Warmly,
Sergio`,
  ),
  strong(
    'eval-thanks-strong-games-intl',
    'ben-torres',
    `Hello Ben,

Thank you for talking with me yesterday. Hearing how game jams taught you to cut scope was the most useful part for me.

I joined my first jam last weekend and finished a small game in 48 hours. Thank you also for the introduction to Hana Sato; I'll send her a short note on Friday.

Best regards,
Jun-ho`,
  ),
  strong(
    'eval-thanks-strong-nursing-short',
    'marcus-bell',
    `Hi Marcus,

Thank you for the call today. Your advice to spend two years on a general floor before critical care really helped me plan ahead.

I have asked for a medical-surgical placement next term. Thanks too for offering to put me in touch with Aisha Grant; I'll email her tomorrow.

Best,
Leah`,
  ),
  strong(
    'eval-thanks-strong-accounting-parent',
    'nadia-rahman',
    `Hi Nadia,

Thank you so much for the time you gave me on Wednesday. Your advice to learn spreadsheet automation early was exactly what I needed to hear as a parent returning to school.

I enrolled in an online Excel course the same evening. I'm also grateful for the introduction to Luis Moreno, and I will contact him next week.

With thanks,
Monique`,
  ),
  strong(
    'eval-thanks-strong-games-reviews',
    'ben-torres',
    `Hi Ben,

Thanks for the chat on Tuesday. I had not realized how much code reviews shape the way your team works, and it made me want to practise reviewing.

I started reviewing pull requests in an open-source game project this week. Thank you also for offering to introduce me to Hana Sato; I'll reach out soon.

Cheers,
Olu`,
  ),
  strong(
    'eval-thanks-strong-nursing-intl',
    'marcus-bell',
    `Dear Marcus,

Thank you for meeting me on Friday. Hearing how night shifts rotate for new nurses on your unit was very helpful, because I was worried about this as a newcomer.

I have spoken with my clinical instructor about a placement with some night shifts. Thank you also for introducing me to Aisha Grant; I wrote to her this morning.

Sincerely,
Fatima`,
  ),
  strong(
    'eval-thanks-strong-accounting-engineer',
    'nadia-rahman',
    `Hello Nadia,

Thank you for our conversation last Thursday. Learning about the rotation between audit and tax work in the first two years answered my biggest question about switching from engineering.

I have booked a meeting with the co-op office to ask about audit placements. Thank you as well for the introduction to Luis Moreno; I will email him this week.

Best regards,
Piotr`,
  ),
  strong(
    'eval-thanks-strong-games-nonnative',
    'ben-torres',
    `Hi Ben,

Thank you very much for your time. I learned that a portfolio of small finished games is better than one big unfinished project, this is very useful for me.

I have finished one small puzzle game last week and I put it on my portfolio. Thank you also to introduce me to Hana Sato, I will write her on Monday.

Best,
Yuki`,
  ),
  strong(
    'eval-thanks-strong-nursing-career-changer',
    'marcus-bell',
    `Hi Marcus,

Thank you for the conversation on Tuesday. As a former paramedic, I found your description of the preceptor program and its mentors reassuring.

I reached out to my program coordinator about a medical-surgical placement. I also appreciate you offering to connect me with Aisha Grant; I'll contact her this week.

Thanks again,
Andre`,
  ),
  strong(
    'eval-thanks-strong-accounting-brief',
    'nadia-rahman',
    `Hi Nadia,

Thanks again for Friday. Your explanation of the spring busy season made the job much clearer to me.

I have started a spreadsheet automation tutorial, as you suggested, and I will contact Luis Moreno next week. Thank you for that introduction.

Best,
Hamid`,
  ),

  weak(
    'eval-thanks-weak-generic',
    'nadia-rahman',
    `Hi,

Thanks for the talk. It was nice.

Bye`,
  ),
  weak(
    'eval-thanks-weak-new-request',
    'ben-torres',
    `Dear Ben,

Thank you for your time. Could you also review my resume and tell me if your studio is hiring? I would also like another meeting next week.

Thanks`,
  ),
  weak(
    'eval-thanks-weak-job',
    'marcus-bell',
    `Dear Sir/Madam,

Thanks for talking. I am looking for a job on your unit, please consider me for any open positions.

Regards`,
  ),
  weak(
    'eval-thanks-weak-nonnative-vague',
    'nadia-rahman',
    `Hello,

Thank you for everything, it was very good talking. Have a nice day.

Regards`,
  ),
  weak(
    'eval-thanks-weak-long-story',
    'ben-torres',
    `Hi,

I wanted to say thanks. Ever since I was young I loved video games, and growing up I spent every weekend playing with my brother, and my whole life I dreamed of making my own games. In high school I tried to learn programming but it was hard, and then in college I took some classes, and now I am still figuring things out. Anyway, I hope we can talk again sometime, maybe you can help me get an internship.

Bye`,
  ),
  weak(
    'eval-thanks-weak-no-specifics',
    'marcus-bell',
    `Hi Marcus,

Thanks so much for your time yesterday, I really appreciated it. Have a great week!`,
  ),
  weak(
    'eval-thanks-weak-ask-intro-job',
    'nadia-rahman',
    `Hi Nadia,

Thank you. Can you please send my CV to Luis and ask him if there is a job for me?

Thanks`,
  ),
  weak('eval-thanks-weak-one-line', 'ben-torres', `thx for the chat`),
  weak(
    'eval-thanks-weak-favor',
    'marcus-bell',
    `Dear Marcus,

Thank you. I was hoping you could also write me a reference letter and check my cover letter. Is there any chance you could do that by Friday?

Thanks`,
  ),
  weak(
    'eval-thanks-weak-generic-greeting',
    'nadia-rahman',
    `To whom it may concern,

Thank you for the meeting. It was informative.

Sincerely`,
  ),
  weak(
    'eval-thanks-weak-nonnative-request',
    'ben-torres',
    `Hello Ben,

Thank you for talk with me. Please can you give me job in your studio, I am ready to work any time.

Thank you`,
  ),
  weak(
    'eval-thanks-weak-copy-paste',
    'marcus-bell',
    `Dear Sir or Madam,

Thank you for your time and consideration. I look forward to hearing from you.

Sincerely`,
  ),
  weak(
    'eval-thanks-weak-money',
    'nadia-rahman',
    `Hi Nadia,

Thanks for the info. By the way, how much did you earn in your first year? Also can Luis hire me?

Thanks`,
  ),
  weak(
    'eval-thanks-weak-late-vague',
    'ben-torres',
    `Hey,

Sorry this is late. Thanks for whatever we talked about, it was a while ago. Good luck with everything.`,
  ),
  weak(
    'eval-thanks-weak-career-changer-ask',
    'marcus-bell',
    `Dear Marcus,

Thank you. As a career changer I need a job fast, so could you please recommend me to your manager for the open nurse position?

Regards`,
  ),
  weak(
    'eval-thanks-weak-nonnative-generic',
    'nadia-rahman',
    `Dear Madam,

Thank you for your kind help. It was very nice meeting. I wish you all the best in your life and your work.

Best regards`,
  ),
  weak(
    'eval-thanks-weak-self-focus',
    'ben-torres',
    `Hi Ben,

Thanks. I forgot to tell you that I am really good at C++ and I made three games already. I think I would be a great fit at Pinecone. Let me know if anything opens up.`,
  ),
  weak(
    'eval-thanks-weak-another-meeting',
    'marcus-bell',
    `Hi,

Thanks for the call. Can we set up another meeting next week? I have more questions and I would also like to tour the hospital.

Thanks`,
  ),
  weak('eval-thanks-weak-emoji', 'nadia-rahman', `thanks so much!!! :) :)`),
  weak(
    'eval-thanks-weak-complaint',
    'ben-torres',
    `Hi Ben,

Thanks for the call, although I wish you had more time. I did not really learn much about how to get hired.

Bye`,
  ),
];
