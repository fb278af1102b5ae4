/** Third held-out batch of outreach emails: sealed, never tuned on. */
import { unseen, type UnseenSpec } from '../drafts-unseen/spec.js';
import { PEOPLE_3 as P } from './people.js';

/** Third held-out batch of emails. */
export const UNSEEN_3_EMAIL_DRAFTS: readonly UnseenSpec[] = [
  unseen(
    'unseen3-email-strong-nurse-to-ux',
    'strong',
    'lena-fischer',
    P.siobhan,
    `Subject: Ex-nurse moving into UX research (Arjun Mehta suggested I write)

Hi Lena,

I spent eight years as a ward nurse and I'm now halfway through a UX certificate. Arjun Mehta, who interned on your team, told me about your case study on testing the delivery app with older adults; so many of my old patients gave up on apps like that, and I'd love to know how you recruited and ran those sessions.

Would you have 15 minutes for a call in the next couple of weeks? I'm flexible, including early mornings.

Thank you for considering it,
{name}`,
  ),
  unseen(
    'unseen3-email-strong-formal-second-language',
    'strong',
    'grace-osei',
    P.thanh,
    `Subject: Pharmacy student, referred by Professor Paul Singh

Dear Ms. Osei,

My name is {name}. I am international student from Vietnam in second year of pharmacy program. Professor Paul Singh told me you started the vaccination clinic in your CityCare store. In my country pharmacies do not give vaccines, so I am very interested how it works and how you organised it.

If it is possible, could I ask you some questions in a 15 minutes phone call, at any time good for you?

Thank you very much for your time.

Respectfully,
{name}
{email}`,
  ),
  unseen(
    'unseen3-email-strong-short-busy',
    'strong',
    'victor-lin',
    P.gareth,
    `Subject: 15 min? Nina Patel's referral - finance student

Hi Victor,

Nina Patel in our alumni office suggested I reach out. I went to one of your student budgeting workshops last year and it's part of why I'm now looking at analyst roles.

Could I borrow 15 minutes by phone to ask how you got into analysis at Harbor? Any time that suits you.

Thanks,
{first}`,
  ),
  unseen(
    'unseen3-email-strong-mature-parent',
    'strong',
    'victor-lin',
    P.amina,
    `Subject: Returning student exploring financial analysis - Nina Patel suggested you

Dear Mr. Lin,

I am a mother of three returning to study accounting after many years running our family shop's books. Nina Patel, our program's alumni officer, mentioned the budgeting workshops you led for students, and she thought you would be a good person to ask about the analyst side of a credit union.

Would you be willing to talk for 15 or 20 minutes, by phone or video, whenever fits your schedule? I would mostly like to understand what the work looks like week to week.

With thanks,
{name}`,
  ),
  unseen(
    'unseen3-email-strong-subject-after',
    'strong',
    'grace-osei',
    P.rafael,
    `Hi Grace,

I'm {name}, a chemistry student in Paul Singh's class; he said you'd be happy to hear from students. I'm deciding between community and hospital pharmacy, and the vaccination clinic you set up at CityCare is exactly the kind of thing that makes community pharmacy interesting to me.

Could we have a short 15-minute call some time in the next few weeks, at whatever time is easiest for you?

Many thanks,
{first}`,
    'Chemistry student curious about community pharmacy',
  ),
  unseen(
    'unseen3-email-strong-nonnative-warm',
    'strong',
    'lena-fischer',
    P.mariana,
    `Subject: Student of design from Peru - Arjun Mehta recommended to contact you

Hello Lena,

Arjun Mehta, my classmate who did his internship in your team, recommended me to write you. I study interaction design and I was reading your case study about the delivery app and older adults. My grandmother tried to order from an app and she could not, so this subject is very close for me.

Would you accept a 15-minutes video call some day in the next weeks? I can adapt to your hours.

Thank you in advance,
{name}`,
  ),
  unseen(
    'unseen3-email-strong-engineer-changer',
    'strong',
    'victor-lin',
    P.olumide,
    `Subject: Engineer retraining in finance - introduced by Nina Patel

Hello Victor,

After ten years as a petroleum engineer in Lagos, I moved here and started a finance diploma. Nina Patel, our alumni officer, told me you ran the budgeting workshops for students at Harbor Credit Union, and suggested I contact you.

I'd be grateful for 15 minutes to ask which of my modelling skills carry over to credit union analysis. A call at any time that suits you would be perfect.

Kind regards,
{name}
{phone}`,
  ),
  unseen(
    'unseen3-email-strong-plain',
    'strong',
    'grace-osei',
    P.elif,
    `Subject: Question about your vaccination clinic - from Paul Singh's student

Dear Grace,

Professor Paul Singh suggested I get in touch. I'm in my first year of pre-pharmacy and trying to understand what managing a community pharmacy involves. I was especially curious about the vaccination clinic you started at your store.

Might you have 15 minutes for a phone call in the coming weeks? I'm happy to work around your hours.

Best wishes,
{name}`,
  ),

  unseen(
    'unseen3-email-weak-job-hunt',
    'weak',
    'victor-lin',
    P.gareth,
    `Subject: Job application

Hi Victor,

I'm graduating in April and I'm looking for an analyst job. Does Harbor have any openings? I've attached my resume, please pass it to whoever is hiring.

Thanks,
{first}`,
  ),
  unseen(
    'unseen3-email-weak-wall-of-text',
    'weak',
    'lena-fischer',
    P.siobhan,
    `Subject: Hello from a student!!

Hi Lena, I hope you don't mind me writing. I have always loved design, ever since I was small I was drawing apps on paper and my parents thought I would be an artist but then I did a year of nursing and it wasn't for me so I dropped out and worked in a café for a while and then I did an online course in Figma and I really loved it, and then I heard about UX research and I thought it sounds interesting but I'm not really sure what it is exactly or if it's for me, so I have been reading lots of articles and watching videos, and I also started a blog but I only wrote two posts so far, and I think maybe I could also be a product manager or a graphic designer, I really don't know, and my friend says I should do a master's but they are very expensive and I'm not sure I can afford it, so I wanted to ask you what you think I should do with my life and also about your job and your company and the industry in general and anything else you think would help me. Let me know when you are free, I can talk any day, for as long as you like.

{first}`,
  ),
  unseen(
    'unseen3-email-weak-no-ask',
    'weak',
    'grace-osei',
    P.thanh,
    `Subject: Pharmacy

Hello,

I am a student. I like pharmacy. 

{name}`,
  ),
  unseen(
    'unseen3-email-weak-demanding',
    'weak',
    'victor-lin',
    P.amina,
    `Subject: URGENT - need call tomorrow

Victor,

I need to interview a financial analyst for my class project and it is due Friday. Call me tomorrow at 10am on {phone}. Please confirm tonight.

{name}`,
  ),
  unseen(
    'unseen3-email-weak-mass-mail',
    'weak',
    'lena-fischer',
    P.rafael,
    `Subject: Networking opportunity

Dear Sir/Madam,

I am reaching out to professionals in various industries to expand my network. Please find my CV attached. I would appreciate if you could consider me for any suitable roles at your organization.

Best regards,
{name}`,
  ),
  unseen(
    'unseen3-email-weak-shadow-demand',
    'weak',
    'grace-osei',
    P.mariana,
    `Subject: Volunteering

Hi Grace,

Can I come work at the pharmacy for free for two months this summer? I need the hours for my application. I can start Monday.

{first}`,
  ),
  unseen(
    'unseen3-email-weak-salary-questions',
    'weak',
    'victor-lin',
    P.olumide,
    `Subject: quick questions

hey victor, how much do analysts make at harbor and how much do u make? also whats the bonus like. thx

{first}`,
  ),
  unseen(
    'unseen3-email-weak-one-liner-linkedin',
    'weak',
    'lena-fischer',
    P.elif,
    `Subject: connect

pls accept my linkedin request`,
  ),
];
