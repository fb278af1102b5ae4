/** Voicemails written for the eval: strong ones from many kinds of students, and weak ones. */
import type { DraftSpec } from './index.js';

const strong = (id: string, personaId: string, text: string): DraftSpec => ({ id, quality: 'strong', personaId, messages: [text] });
const weak = (id: string, personaId: string, text: string): DraftSpec => ({ id, quality: 'weak', personaId, messages: [text] });

/** Eval voicemails. */
export const VOICEMAIL_DRAFTS: readonly DraftSpec[] = [
  strong(
    'eval-vm-strong-intl',
    'helen-park',
    'Hello Ms. Park, my name is Oluwadamilare Okonkwo, at 416-555-0110. Jamal Wright suggested I call. I am international student and I hope to learn about your evening certificate, in 15 minutes. Email: dami.o@mail.com. Again, 416-555-0110. I will call again Thursday morning. Thank you.',
  ),
  strong(
    'eval-vm-strong-career-changer',
    'samuel-adeyemi',
    "Hi Samuel, this is Grace Liu, 647-555-0121. Rebecca Lowe, my co-op coordinator, suggested I call. After years in retail I'm studying civil engineering and would love 15 minutes on your bridge work. Email grace.liu@uni.ca. That's 647-555-0121. I'll try you Friday afternoon. Thanks!",
  ),
  strong(
    'eval-vm-strong-physio-runner',
    'jordan-blake',
    "Hi Jordan, it's Mateo Rossi, 905-555-0134. Chris Ortega suggested I call you. I'm a kinesiology student and I'd love to hear about your work with runners, for about 15 minutes. My email is mrossi@uni.ca. Again, 905-555-0134. I'll try again Tuesday morning. Thank you.",
  ),
  strong(
    'eval-vm-strong-nonnative',
    'helen-park',
    'Good morning, my name is Huong Tran, my number 289-555-0145. Jamal Wright, my advisor, tell me to call you. I want to learn how you teach adults, maybe 15 minutes call. Email huong.tran@mail.com. Again 289-555-0145. I call you again on Monday afternoon. Thank you.',
  ),
  strong(
    'eval-vm-strong-engineering-brief',
    'samuel-adeyemi',
    "Hello, this is Aiyana Redcloud, 519-555-0156. Rebecca Lowe gave me your number. I'd like to learn about the Fifth Street bridge project in a 15-minute call. Email aiyana.r@uni.ca. Once more, 519-555-0156. I'll call back Wednesday morning. Thanks so much.",
  ),
  strong(
    'eval-vm-strong-physio-parent',
    'jordan-blake',
    "Hi Jordan, my name is Karen Müller, 613-555-0167. Chris Ortega, my professor, suggested I call. I'm back in school after raising three kids and I hope to learn about sports rehab in 15 minutes. Email kmuller@mail.com. Again, 613-555-0167. I'll try Thursday. Thanks!",
  ),
  strong(
    'eval-vm-strong-adult-ed-teacher',
    'helen-park',
    "Hi Helen, this is Rashid Karimi, 416-555-0178. Jamal Wright suggested I get in touch. I taught high school for ten years and I'd like to hear how you built the evening certificate, in 15 minutes. Email r.karimi@mail.com. Again, 416-555-0178. I'll call Friday morning. Thank you.",
  ),
  strong(
    'eval-vm-strong-engineering-intl',
    'samuel-adeyemi',
    "Good afternoon Mr. Adeyemi, my name is Priyanka Iyer, 647-555-0189. My co-op coordinator Rebecca Lowe suggested I call. I'm curious how you plan a bridge rebuild, in a 15-minute chat. Email priyanka.iyer@uni.ca. That's 647-555-0189. I'll try Tuesday afternoon. Thank you!",
  ),
  strong(
    'eval-vm-strong-physio-short',
    'jordan-blake',
    "Hi, this is Ben Cohen, 905-555-0190. Chris Ortega gave me your number. I'm hoping to learn how you treat running injuries, in a 15-minute call. My email is bcohen@uni.ca. Once more, 905-555-0190. I'll try again Monday morning. Thanks a lot.",
  ),
  strong(
    'eval-vm-strong-adult-ed-nonnative',
    'helen-park',
    'Hello Ms. Park, this is Yusuf Demir, number 289-555-0102. Jamal Wright, my academic advisor, suggested to call. I am interested to learn about your certificate for career changers, for 15 minutes. Email yusuf.demir@mail.com. Again 289-555-0102. I will try on Thursday morning. Thank you.',
  ),
  strong(
    'eval-vm-strong-engineering-veteran',
    'samuel-adeyemi',
    "Hi Samuel, it's Dana Whitehorse, 519-555-0113. Rebecca Lowe suggested I call. I served six years as a combat engineer and now study civil engineering; I'd love 15 minutes about your bridge work. Email dana.w@uni.ca. Again, 519-555-0113. I'll call Friday. Thanks!",
  ),
  strong(
    'eval-vm-strong-physio-intl',
    'jordan-blake',
    "Hello Jordan, my name is Sakura Yamamoto, 613-555-0124. Chris Ortega, my kinesiology professor, suggested I call you. I want to learn about rehabilitation for runners in a 15-minute call. Email sakura.y@uni.ca. Again, 613-555-0124. I'll try Wednesday afternoon. Thank you so much.",
  ),
  strong(
    'eval-vm-strong-adult-ed-brief',
    'helen-park',
    "Hi Helen, this is Sam Rivera, 416-555-0135. Jamal Wright suggested I call. I'd love to hear how the evening certificate supports career changers, in about 15 minutes. Email sam.rivera@uni.ca. Once more, 416-555-0135. I'll call again Tuesday morning. Thanks!",
  ),

  weak(
    'eval-vm-weak-no-number',
    'helen-park',
    "Hi, it's Lina. I wanted to ask some questions about teaching adults. Please call me back when you can. Thanks, bye.",
  ),
  weak(
    'eval-vm-weak-job',
    'samuel-adeyemi',
    'Hello, this is Kofi Mensah. I am looking for a job in engineering and I want to know if you are hiring. Please call me at 647-555-0146. Thank you.',
  ),
  weak(
    'eval-vm-weak-rambling',
    'jordan-blake',
    "Hey, so, um, this is Tyler. I've always wanted to be a physio since I was a kid, and my whole life I loved sports, and I hurt my knee in high school, and the physio was amazing, and I just think it would be cool to talk, so yeah, call me, whenever, 905-555-0157.",
  ),
  weak(
    'eval-vm-weak-number-late',
    'helen-park',
    "Hello Ms. Park. I'm a student and I am interested in adult education. Maybe we could talk sometime. I don't know exactly what to ask yet. My number is 416-555-0168.",
  ),
  weak('eval-vm-weak-nonnative-vague', 'samuel-adeyemi', 'Hello sir, I am student, I want talk with you about engineering job. Please call me. Thank you.'),
  weak(
    'eval-vm-weak-too-long',
    'jordan-blake',
    "Hi Jordan, this is Mia Chen, 613-555-0179. Chris Ortega suggested I call. So I'm in my third year of kinesiology and I've been thinking a lot about what I want to do after I graduate, and I've looked at a lot of options, like athletic therapy, occupational therapy, chiropractic, and even medicine, and I keep coming back to physiotherapy because I like the idea of helping people recover, and I volunteered at a clinic last summer where I shadowed two physios, and I found it really interesting how they planned treatment. Anyway, I'd love to talk. My email is mia.chen@uni.ca. Thanks!",
  ),
  weak('eval-vm-weak-no-purpose', 'helen-park', 'Hi, this is Omar Farouk, 289-555-0180. Please call me back at 289-555-0180. Thanks.'),
  weak(
    'eval-vm-weak-pushy-job',
    'jordan-blake',
    "Hi Jordan, this is Kevin. I'm looking for a position at your clinic, any job is fine. I'll call you every day until I reach you. 905-555-0191.",
  ),
  weak('eval-vm-weak-only-email', 'samuel-adeyemi', 'Hello, my name is Anna. I want to ask about civil engineering. You can email me at anna@mail.com. Bye.'),
  weak(
    'eval-vm-weak-no-name',
    'helen-park',
    "Hi, I got your number from a friend. I'm wondering about the programs you run. Call me back at 416-555-0103 if you want. Bye.",
  ),
  weak(
    'eval-vm-weak-life-story-intl',
    'samuel-adeyemi',
    'Hello, I am Chen. I was born in a small town and growing up I always wanted to build bridges, my whole life this is my dream. I came to Canada and now I study. Please call me, 647-555-0114.',
  ),
  weak('eval-vm-weak-mumbled', 'jordan-blake', "Uh hi, yeah, it's me, call me back. Bye."),
  weak('eval-vm-weak-salary', 'samuel-adeyemi', 'Hi, this is Victor. How much do civil engineers make? Call me at 519-555-0125.'),
  weak(
    'eval-vm-weak-resume',
    'helen-park',
    'Hello, my name is Sunita. I am sending you my resume by email, please look at it and tell me if there is a teaching job. My email is sunita@mail.com.',
  ),
  weak(
    'eval-vm-weak-career-changer-vague',
    'jordan-blake',
    "Hi, I'm Paul, I used to work in sales and now I think maybe physio. I'm not sure. Call me maybe, or not. Thanks.",
  ),
  weak(
    'eval-vm-weak-hour',
    'samuel-adeyemi',
    'Hello Mr. Adeyemi, this is Nadia. I would like to meet for two hours to talk about everything in engineering and also get a job. My phone is 647-555-0136.',
  ),
  weak(
    'eval-vm-weak-no-contact',
    'helen-park',
    "Good afternoon, this is Martin Lee, Jamal Wright suggested I call about adult education. I'll wait for your call. Thank you.",
  ),
  weak(
    'eval-vm-weak-nonnative-job',
    'jordan-blake',
    'Hello, I am Ahmed, I finish my study in physiotherapy in my country, I need job in Canada, please help me. Thank you.',
  ),
  weak(
    'eval-vm-weak-pushy',
    'samuel-adeyemi',
    "Hi, this is my third message. Please call me back today, it won't take long, I just need a job at your company. 647-555-0147.",
  ),
  weak('eval-vm-weak-wrong-person', 'helen-park', 'Hi, is this the registrar? I need to ask about my grades. Call me back please.'),
];
