/** Outreach emails written for the eval: strong ones from many kinds of students, and weak ones. */
import type { DraftSpec } from './index.js';

const strong = (id: string, personaId: string, text: string): DraftSpec => ({ id, quality: 'strong', personaId, messages: [text] });
const weak = (id: string, personaId: string, text: string): DraftSpec => ({ id, quality: 'weak', personaId, messages: [text] });

/** Eval emails. */
export const EMAIL_DRAFTS: readonly DraftSpec[] = [
  strong(
    'eval-email-strong-chef-to-ux',
    'lena-fischer',
    `Subject: Former chef exploring UX research, referred by Arjun Mehta

Hi Lena,

Arjun Mehta suggested I contact you. I worked as a line cook for seven years and I am now in a UX certificate at George Brown. Your case study on the delivery app for older adults is the reason I am writing: I would like to learn how you recruit participants like them.

Could we talk for 15 minutes by phone or video, whenever suits you in the next two weeks?

Many thanks,
Tomás`,
  ),
  strong(
    'eval-email-strong-intl-pharmacy',
    'grace-osei',
    `Subject: Pharmacy student from Nigeria, referred by Paul Singh

Dear Ms. Osei,

My chemistry professor, Paul Singh, recommended that I write to you. I am international student in second year of pharmacy, and I read that you started the vaccination clinic at your store. I hope to hear how community pharmacy works here in Canada, because it is quite different from my country.

Would you have 15 minutes for a short call, phone or video, at a time that works for you?

Thank you,
Chidinma`,
  ),
  strong(
    'eval-email-strong-finance-parent',
    'victor-lin',
    `Subject: Nina Patel suggested I ask about financial analysis

Hello Victor,

Nina Patel, our alumni officer, gave me your name. I am a mature student returning to school after ten years raising my kids, now in second year of business. I attended one of your budgeting workshops and I am curious how you moved into analysis.

Could I have 15 minutes of your time, by phone or over coffee, sometime in the next few weeks?

Best regards,
Farah`,
  ),
  strong(
    'eval-email-strong-short-ux',
    'lena-fischer',
    `Subject: Psychology student, via Arjun Mehta

Hi Lena,

Arjun Mehta, who interned on your team, suggested I reach out. I'm a fourth-year psychology student at York. Your case study on older adults and the delivery app made me want to understand how research shapes design decisions.

Would you be open to a 15-minute video or phone chat in the next two weeks, whenever is easiest for you?

Thank you,
Jordan`,
  ),
  strong(
    'eval-email-strong-pharmacy-tech',
    'grace-osei',
    `Subject: Pharmacy technician student referred by Paul Singh

Hi Grace,

Paul Singh, my chemistry professor, thought you would be a great person to ask. I am a pharmacy technician student at Humber. Because you started the vaccination clinic at your store, I would love to learn what it took to set it up and what technicians do there.

Would 15 minutes by phone or in person work for you in the next couple of weeks?

Kind regards,
Ravi`,
  ),
  strong(
    'eval-email-strong-engineer-to-finance',
    'victor-lin',
    `Subject: Engineer moving into finance, referred by Nina Patel

Dear Victor,

Nina Patel suggested that I contact you. I have worked as a mechanical engineer for five years and I am now completing a finance diploma in the evenings. Your budgeting workshops for students came up when I asked her who explains money clearly.

I would value your perspective on how analysts use models day to day. Would you have 15 to 20 minutes for a phone or video call over the next two weeks?

Thank you for considering it,
Wojciech`,
  ),
  strong(
    'eval-email-strong-nonnative-ux',
    'lena-fischer',
    `Subject: UX research question, Arjun Mehta gave me your name

Hello Lena,

Arjun Mehta recommend me to write you. I am student of interaction design in my last year, I came to Canada from Brazil two years ago. I saw your case study about the delivery app with older adults and I want to learn how you plan a study like this.

Is it possible to have 15 minutes call with you, phone or video, any time in next two weeks that is good for you?

Thank you very much,
Larissa`,
  ),
  strong(
    'eval-email-strong-pharmacy-parent',
    'grace-osei',
    `Subject: Referred by Paul Singh: questions about community pharmacy

Dear Grace,

My professor Paul Singh suggested I get in touch. I'm a first-year pharmacy student who spent eight years as a retail manager before going back to school. Your vaccination clinic caught my attention, and I would like to hear how you balance clinical work with running a store.

Could you spare 15 minutes for a call, or a coffee if you prefer, whenever suits your schedule?

With thanks,
Denise`,
  ),
  strong(
    'eval-email-strong-finance-intl',
    'victor-lin',
    `Subject: Commerce student from India, via Nina Patel

Hi Victor,

Nina Patel, the alumni officer in my program, suggested I write to you. I'm a third-year commerce student who moved from Pune last year. I heard about your budgeting workshops for students and I'd love to understand how you got into financial analysis.

Would a 15-minute phone or video call in the next two weeks be possible? Any time that works for you is fine.

Thank you,
Aditya`,
  ),
  strong(
    'eval-email-strong-ux-veteran',
    'lena-fischer',
    `Subject: Veteran exploring UX research, referred by Arjun Mehta

Dear Lena,

Arjun Mehta suggested I contact you. After six years in the armed forces, I am now studying human factors at Ontario Tech. I read your case study on testing a delivery app with older adults and want to learn how you turn interviews into design changes.

Would you have 15 minutes for a phone or video conversation sometime in the next few weeks?

Best,
Marcus`,
  ),
  strong(
    'eval-email-strong-pharmacy-brief',
    'grace-osei',
    `Subject: Paul Singh suggested I write: pharmacy student

Hi Grace,

Paul Singh, my chemistry professor, recommended I speak with you. I am a second-year pharmacy student at Waterloo. You started the vaccination clinic at your store, and I am curious how pharmacists took on that role.

Would you be willing to talk for 10 to 15 minutes, by phone or video, at your convenience?

Thanks so much,
Mei`,
  ),
  strong(
    'eval-email-strong-finance-nurse',
    'victor-lin',
    `Subject: Nurse moving into health finance, referred by Nina Patel

Hello Victor,

Nina Patel passed along your name. I have been a registered nurse for nine years and I am now studying accounting part-time. Your budgeting workshops for students are how Nina described you, and I am hoping to learn what an analyst's week actually involves.

Could we have a 15-minute phone or video chat over the next couple of weeks, whenever suits you?

Warm regards,
Patricia`,
  ),
  strong(
    'eval-email-strong-ux-newcomer',
    'lena-fischer',
    `Subject: Newcomer designer, Arjun Mehta suggested I ask

Hi Lena,

Arjun Mehta suggested that I reach out to you. I'm a graphic designer who arrived from Iran last year and I am now in a UX program at Sheridan. Your case study with older adults using the delivery app showed me the kind of research I hope to do.

Would you have 15 minutes for a call, by phone or video, any time in the next two weeks?

Thank you,
Shirin`,
  ),

  weak(
    'eval-email-weak-job-intl',
    'grace-osei',
    `Subject: Looking for job

Dear Sir or Madam,

I am new graduate pharmacist from abroad. I am looking for a job in pharmacy. Please find attached my CV. Are you hiring now? I can work any shift.

Regards`,
  ),
  weak(
    'eval-email-weak-life-story',
    'victor-lin',
    `Subject: Hello

Hi,

Ever since I was a kid I have loved numbers. Growing up, my father ran a small shop and I helped with the books every weekend, and my whole life I dreamed of working in a big bank downtown. In high school I joined the finance club and later I went to college for business, which I finished last spring after many difficult years. Now I would like to work with you. Let me know.`,
  ),
  weak(
    'eval-email-weak-vague',
    'lena-fischer',
    `Subject: Question

Hey,

I want to pick your brain about UX sometime. Let me know when you're free.`,
  ),
  weak(
    'eval-email-weak-hour-attach',
    'grace-osei',
    `Subject: Meeting request

To whom it may concern,

I am a pharmacy student and I would like to meet you for an hour to discuss possible opportunities at your store. I have attached my resume for your review. Please respond at your earliest convenience.

Sincerely`,
  ),
  weak(
    'eval-email-weak-job-career-changer',
    'victor-lin',
    `Subject: Career change - job inquiry

Dear Victor,

I have been a teacher for twelve years and I am looking for a position as an analyst. Could you consider me for any openings at the credit union? My resume is attached.

Thanks`,
  ),
  weak(
    'eval-email-weak-no-ask',
    'lena-fischer',
    `Subject: UX

Dear Hiring Manager,

I am very passionate about user experience and I think your company is amazing. I have always dreamed of working in design. I hope to hear from you soon.`,
  ),
  weak(
    'eval-email-weak-stiff',
    'grace-osei',
    `Subject: Inquiry

Dear Madam,

I am writing to inquire about the possibility of utilizing your esteemed expertise. Kindly advise regarding your availability at your earliest convenience so that we may leverage synergies. Please do not hesitate to contact me.`,
  ),
  weak(
    'eval-email-weak-nonnative-job',
    'victor-lin',
    `Subject: please help

Hello sir,

I am finish my study in finance and now searching for a job since long time. If you have any vacancy please give me a chance, I am hard worker. I send my CV in attachment.

Thank you`,
  ),
  weak(
    'eval-email-weak-no-subject-rambling',
    'lena-fischer',
    `Subject: none

Hi there, my name is Alex and I'm a student and I was wondering if maybe you could talk sometime or not, I know you're busy and I don't want to bother you, but I really like design and I always have, since I was young, and I think it would be cool to talk about anything really, whatever you want, thanks.`,
  ),
  weak(
    'eval-email-weak-mass-mail',
    'victor-lin',
    `Subject: Opportunity

Dear Professional,

I am reaching out to many people in finance. I would love to connect and explore synergies. Let me know.

Best`,
  ),
  weak(
    'eval-email-weak-demanding',
    'lena-fischer',
    `Subject: UX mentorship

Hi Lena,

I need a mentor for my UX career. Can we meet every week for an hour? Please send me your availability for the next three months.

Thanks`,
  ),
  weak(
    'eval-email-weak-internship-ask',
    'grace-osei',
    `Subject: Internship

Hi,

I am looking for an internship in a pharmacy for the summer. Do you have any positions? I attached my resume and cover letter.

Thank you`,
  ),
  weak(
    'eval-email-weak-too-casual',
    'victor-lin',
    `Subject: yo

hey victor, can u tell me how to get into finance lol. thx`,
  ),
  weak(
    'eval-email-weak-all-about-me',
    'lena-fischer',
    `Subject: About me

Hello,

Let me tell you about my background. I was born in Lagos and moved to Canada when I was twelve. Growing up I always loved drawing and computers. In high school I won two art prizes, and in college I studied psychology, then I worked at a call centre for three years, then I did a bootcamp, and now I am searching for a role in UX. I am a hard worker and a fast learner.

Regards`,
  ),
  weak(
    'eval-email-weak-nonnative-unclear',
    'grace-osei',
    `Subject: pharmacy

Hello madam,

I am very interesting in pharmacy and your store. Maybe you can help me for my future? Please reply me.

Thank you`,
  ),
  weak(
    'eval-email-weak-salary',
    'victor-lin',
    `Subject: Quick question

Hi,

How much do you make as an analyst? I want to know if finance is worth it before I choose my major. Please answer soon.`,
  ),
  weak(
    'eval-email-weak-referral-only',
    'lena-fischer',
    `Subject: Arjun

Hi,

Arjun said to email you. Can you get me an interview at Parcelpoint?

Thanks`,
  ),
  weak(
    'eval-email-weak-career-changer-job',
    'grace-osei',
    `Subject: Experienced manager seeking pharmacy position

Dear Hiring Manager,

After fifteen years in retail management I am looking for a role in your pharmacy. I would be an asset to your team. Please find my resume enclosed and let me know when I can start.

Sincerely`,
  ),
  weak(
    'eval-email-weak-no-point',
    'victor-lin',
    `Subject: Hello from a student

Hi Victor,

I hope you are doing well. I am a student. I like finance. Have a nice weekend.

Best`,
  ),
  weak(
    'eval-email-weak-two-hours',
    'lena-fischer',
    `Subject: Meeting

Dear Madam,

I would like to meet you for two hours at your office to learn everything about UX research and show you my portfolio. Please tell me which day.

Regards`,
  ),
  weak(
    'eval-email-weak-pushy',
    'grace-osei',
    `Subject: Second request - please answer

Hi,

I emailed you last week and you did not answer. I really need to talk to you about pharmacy jobs, it will only take a minute. Are you hiring?

Thanks`,
  ),
];
