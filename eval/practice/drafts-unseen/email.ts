/** Held-out outreach emails: never tuned on. */
import { unseen, type UnseenSpec } from './spec.js';
import { PEOPLE as P } from './people.js';

/** Held-out emails. */
export const UNSEEN_EMAIL_DRAFTS: readonly UnseenSpec[] = [
  unseen(
    'unseen-email-strong-nurse-to-ux',
    'strong',
    'lena-fischer',
    P.tui,
    `Subject: Question about your older-adults study (via Arjun Mehta)

Kia ora Lena,

I spent five years as a ward nurse and I am now retraining in UX at Unitec. Arjun Mehta told me you ran the delivery app study with older adults, and as someone who cared for many older patients, I keep wondering how you kept the sessions comfortable for them.

Could I ask you about it in a 15 or 20 minute video call? Any day in the next few weeks works for me.

Ngā mihi,
{name}`,
  ),
  unseen(
    'unseen-email-strong-formal-short',
    'strong',
    'victor-lin',
    P.rustam,
    `Subject: Nina Patel's suggestion - 15 minutes on financial analysis?

Dear Mr. Lin,

Nina Patel, our alumni officer, gave me your name. I am a third-year economics student and attended one of your budgeting workshops last year. I would be grateful for 15 minutes, by phone or in person, to hear how you became an analyst at Harbor Credit Union.

With thanks,
{name}
{phone}`,
  ),
  unseen(
    'unseen-email-strong-nonnative-pharmacy',
    'strong',
    'grace-osei',
    P.mei,
    `Subject: Pharmacy student asking for advice, Prof. Paul Singh suggested

Dear Ms. Osei,

My name is {name}. I am studying pharmacy technician program and Professor Paul Singh, he teach our chemistry class, said you are very kind to students. I read about the vaccination clinic you started in your store and I am very interest how a community pharmacy organise this.

If you have time, can we have a short talk, maybe 15 minutes by phone? I am flexible any weekday after 2 pm.

Thank you for reading my email.
Best regards,
{name}
{email}`,
  ),
  unseen(
    'unseen-email-strong-ask-first',
    'strong',
    'lena-fischer',
    P.aoife,
    `Subject: 15 minutes on research with older adults?

Hi Lena,

Would you be open to a 15-minute call sometime this month? I'd love to ask how you recruited participants for your delivery app case study.

A bit about me: I'm in my final year of psychology at York, and Arjun Mehta (who interned with your team) thought you'd be the right person to ask. I'm trying to decide between academic research and UX research.

Thanks so much for considering it,
{first}`,
  ),
  unseen(
    'unseen-email-strong-parent-returning',
    'strong',
    'victor-lin',
    P.fatou,
    `Subject: Returning student, referred by Nina Patel

Hello Victor,

I'm {name}. After eight years at home with my children I went back to school, and I'm now finishing an accounting diploma. Nina Patel mentioned that you run the credit union's budgeting workshops for students, which is exactly the kind of work I'm curious about.

Would you be willing to share 15 minutes, at whatever time suits you, so I can ask what a financial analyst's week looks like?

Thank you,
{name}
Phone: {phone}`,
  ),
  unseen(
    'unseen-email-strong-subject-separate',
    'strong',
    'grace-osei',
    P.kwame,
    'Subject: Vaccination clinic question from a pharmacy student',
    `Dear Grace,

Paul Singh, my chemistry professor, suggested I write to you. I'm a first-year pharmacy student and I was impressed to read that you set up the vaccination clinic at CityCare.

I'd really value 15 minutes of your time to hear how you got that started and what community pharmacy is like day to day. A phone call or a coffee near your store, whichever is easier for you.

Thank you very much,
{name}`,
  ),
  unseen(
    'unseen-email-strong-military',
    'strong',
    'victor-lin',
    P.sione,
    `Subject: Veteran exploring finance - Nina Patel referral

Mr. Lin,

Nina Patel suggested I reach out. I served nine years as a logistics officer and I'm now in the business program, leaning toward financial analysis. I heard your budgeting workshop for students was the best session of the term.

I'd appreciate a 15-minute phone call whenever it suits you, to hear which skills matter most in your role.

Respectfully,
{name}
{phone} | {email}`,
  ),
  unseen(
    'unseen-email-strong-chatty-but-clear',
    'strong',
    'lena-fischer',
    P.lucas,
    `Subject: Fellow delivery-app nerd (Arjun Mehta sent me)

Hi Lena,

Arjun Mehta, who was on your team last summer, said you wouldn't mind a note from me. I'm an exchange student from Brazil in the interaction design program. Your case study on testing a delivery app with older adults is honestly the reason I got interested in research; my grandmother still can't order groceries online.

Would you have 15 minutes for a video call in the next couple of weeks? I can fit around your schedule.

Obrigado!
{first}`,
  ),
  unseen(
    'unseen-email-strong-engineer-to-pharmacy',
    'strong',
    'grace-osei',
    P.dmitri,
    `Subject: Career changer interested in community pharmacy

Dear Ms. Osei,

I am a chemical engineer by training and, after ten years in manufacturing, I am preparing to apply to pharmacy school. Professor Paul Singh suggested I speak with you because of the vaccination clinic you started.

Might you have 20 minutes in the coming weeks for a short conversation, by phone or in person? I would like to understand what your work involves before I commit to four more years of study.

Kind regards,
{name}
{phone}`,
  ),
  unseen(
    'unseen-email-strong-initials',
    'strong',
    'victor-lin',
    P.jo,
    `Subject: Quick question from a stats student (Nina Patel's referral)

Hi Victor,

I'm a second-year statistics student, and Nina Patel suggested you as someone to talk to about analyst work at a credit union. I went to your budgeting workshop in the fall and still use the spreadsheet you shared.

Would a 15-minute call next week or the week after work for you?

Thanks,
J.O.`,
  ),
  unseen(
    'unseen-email-strong-intl-ux-slips',
    'strong',
    'lena-fischer',
    P.ahmad,
    `Subject: Arjun Mehta suggested me to contact you

Hello Lena,

I am {name}, international student from Afghanistan in the UX design certificate. Arjun Mehta said me you are leading research at Parcelpoint. I read your case study about the delivery app and older adults, and I want to learn how you make the tests when users are not comfortable with technology.

Is it possible to talk 15 minutes, on phone or video, when it is good for you?

Thank you very much for your time,
{name}`,
  ),
  unseen(
    'unseen-email-strong-long-but-focused',
    'strong',
    'grace-osei',
    P.hana,
    `Subject: Paul Singh suggested I ask you about community pharmacy

Dear Ms. Osei,

Professor Paul Singh, who teaches my chemistry course, suggested I get in touch with you. I am a second-year biology student deciding between hospital and community pharmacy, and most of what I know comes from my part-time job at a drugstore front counter.

I read that you started the vaccination clinic at your store. I would love to hear how you went from dispensing to running a clinic, and what you wish you had known as a student.

If you are willing, could we speak for 15 minutes by phone or video in the next three weeks? I am happy to work around your shifts.

Thank you for considering my request,
{name}
{email}`,
  ),

  unseen(
    'unseen-email-weak-hiring',
    'weak',
    'grace-osei',
    P.priya,
    `Subject: Application

Hello,

I am a pharmacy student and I am looking for a part-time job or a summer position. Does CityCare have any openings? I have attached my CV and references. I am available to start immediately and can work weekends.

Regards,
{name}`,
  ),
  unseen(
    'unseen-email-weak-no-purpose',
    'weak',
    'victor-lin',
    P.kwame,
    `Subject: Hello

Hi Victor,

My name is {name}. I got your email from someone. I'm a student. Let me know.

{first}`,
  ),
  unseen(
    'unseen-email-weak-too-long',
    'weak',
    'lena-fischer',
    P.ingrid,
    `Subject: My story and a request

Dear Lena,

I want to start by telling you a little about myself. I grew up in a small town in Norway where there was not much technology, and I think this is why I always was fascinated by how people use computers. When I was twelve I built my first website about horses, and then in high school I did a project about accessibility, and I won a prize for it. After high school I did a year of travelling in Asia, which taught me a lot about different cultures and how people think differently. Then I studied philosophy for two years, but I realised it was not for me, so I switched to cognitive science, which I love. In my cognitive science program I took courses on perception, memory, language and decision making, and I also did a lab placement on eye tracking. I also worked in a café for three years, which taught me customer service. I have many hobbies, like knitting, hiking and photography, and I volunteer at an animal shelter on weekends. I think all of this makes me a good fit for UX. I have also read many books about design, like The Design of Everyday Things, Don't Make Me Think, and many more, and I follow many designers online. I am very passionate and hardworking and I always finish what I start. I would like to know everything about your job, your company, your career, how you got there, what you studied, what you earn, and what you think I should do with my life. Maybe we could meet for a long lunch, or a few times over the next months?

Best wishes,
{name}`,
  ),
  unseen(
    'unseen-email-weak-generic-template',
    'weak',
    'grace-osei',
    P.fatou,
    `Subject: Informational Interview Request

Dear Sir/Madam,

I am writing to request an informational interview with a professional in your industry. I am very passionate about this field and believe I could learn a great deal from your experience. Please let me know your availability.

Sincerely,
{name}`,
  ),
  unseen(
    'unseen-email-weak-demanding',
    'weak',
    'victor-lin',
    P.dmitri,
    `Subject: URGENT - need meeting

Victor,

I need to meet with you this week. I have a deadline for my career course and I have to interview an analyst by Friday. Send me three times you are free. I need one hour minimum. Please reply today.

{name}`,
  ),
  unseen(
    'unseen-email-weak-call-promises',
    'weak',
    'lena-fischer',
    P.sione,
    `Subject: Calling you

Hi,

I will call your office on Thursday at 2 pm, and if you don't answer I will call again on Friday and come by Parcelpoint on Monday. I want to ask about jobs in your team.

{name}
{phone}`,
  ),
  unseen(
    'unseen-email-weak-no-subject-resume',
    'weak',
    'grace-osei',
    P.lucas,
    `Hi Grace, I'm {first}. Paul gave me your email. Can you look at my resume and pass it to your manager? Thanks.`,
    'none',
  ),
  unseen(
    'unseen-email-weak-self-promotion',
    'weak',
    'victor-lin',
    P.aoife,
    `Subject: Top student - you will want to meet me

Dear Mr. Lin,

I am the top student in my finance program with a 4.0 GPA, president of two clubs and fluent in three languages. I believe Harbor Credit Union would benefit greatly from someone like me. I would like to present my skills to you and discuss how I can contribute to your team as an analyst.

Please reply with a time for an interview.

{name}`,
  ),
  unseen(
    'unseen-email-weak-vague-casual',
    'weak',
    'lena-fischer',
    P.mei,
    `Subject: hey

hey lena!! saw ur profile, ux seems cool. wanna chat sometime? lmk

{first}`,
  ),
  unseen(
    'unseen-email-weak-nonnative-job',
    'weak',
    'grace-osei',
    P.ahmad,
    `Subject: Request for work

Dear Madam,

I am {name}. I finish my pharmacy degree in my country and now I am in Canada. Please give me chance to work in your pharmacy, any job is okay. I am sending my documents. Waiting your positive reply.

{name}
{phone}`,
  ),
  unseen(
    'unseen-email-weak-mass-mail',
    'weak',
    'victor-lin',
    P.tui,
    `Subject: Networking

Hello [Name],

I am reaching out to professionals at [Company] to expand my network. I am interested in a career in [field] and would appreciate any opportunities you may know of. Attached is my resume.

Thank you,
{name}`,
  ),
  unseen(
    'unseen-email-weak-no-thanks-pushy-followup',
    'weak',
    'lena-fischer',
    P.hana,
    `Subject: Following up AGAIN

Lena,

This is my third email. I still haven't heard back. I just need you to tell me how to get hired at Parcelpoint and who to send my portfolio to. It shouldn't take long.

{name}`,
  ),
];
