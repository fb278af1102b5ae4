/**
 * Drafts graded once per signer in the fairness check (test and eval): a strong and a weak
 * version of each written scenario and of a call, with `{name}`, `{first}`, `{phone}` and
 * `{email}` left for the signer. Career changers, international students and non-native
 * phrasing are among them on purpose.
 */
import type { ScenarioId } from '../../src/domain/practice/index.js';

/** A draft template for one rehearsal. `messages` after the first answer the persona's replies. */
export interface FairnessDraft {
  id: string;
  scenario: ScenarioId;
  personaId: string;
  quality: 'strong' | 'weak';
  messages: readonly string[];
}

/** The drafts graded for every signer. */
export const FAIRNESS_DRAFTS: readonly FairnessDraft[] = [
  {
    id: 'email-strong-career-changer',
    scenario: 'email',
    personaId: 'lena-fischer',
    quality: 'strong',
    messages: [
      `Subject: Arjun Mehta suggested I ask about UX research

Hi Lena,

Arjun Mehta, who interned on your team, suggested I write to you. My name is {name}, a second-year student at Humber; before that I worked six years in customer service. I read your case study on testing a delivery app with older adults and would love to hear how you plan a study like that.

Would you have 15 minutes for a phone or video call in the next two weeks, whenever suits you? I am not looking for a job, only your perspective.

Thank you,
{name}`,
    ],
  },
  {
    id: 'email-weak-job-ask',
    scenario: 'email',
    personaId: 'lena-fischer',
    quality: 'weak',
    messages: [
      `Subject: Job

Dear Sir or Madam,

I am {name}. I am very interested to work in your company. Please find my resume attached. Are you hiring for any positions now? I can start soon.

{name}
{phone}`,
    ],
  },
  {
    id: 'voicemail-strong-international',
    scenario: 'voicemail',
    personaId: 'helen-park',
    quality: 'strong',
    messages: [
      'Hello Ms. Park, my name is {name}, my number is {phone}. Jamal Wright, my academic advisor, suggested I call you. I am international student in adult education and I hope to learn how you built your evening programs, in a 15-minute call. My email is {email}. Again, {phone}. I will try you again on Thursday morning. Thank you!',
    ],
  },
  {
    id: 'voicemail-weak-rambling',
    scenario: 'voicemail',
    personaId: 'helen-park',
    quality: 'weak',
    messages: [
      "Hi, it's {first}. So, ever since I was young I have been interested in teaching, and my whole life I wanted to help people, and I think your college is great. Please call me back. Bye. {phone}",
    ],
  },
  {
    id: 'thanks-strong-past-tense',
    scenario: 'thanks',
    personaId: 'nadia-rahman',
    quality: 'strong',
    messages: [
      `Hi Nadia,

Thank you for talking with me on Tuesday. Hearing how new staff rotate between audit and tax work made the first two years much clearer for me.

After our call I signed up for a course on spreadsheet automation, as you suggested. Thank you also for offering to introduce me to Luis Moreno; I will write to him this week.

Best regards,
{name}`,
    ],
  },
  {
    id: 'thanks-weak-generic',
    scenario: 'thanks',
    personaId: 'nadia-rahman',
    quality: 'weak',
    messages: [
      `Dear Sir/Madam,

Thanks for the talk. Could you also review my resume and tell me if your firm has openings?

{name}
{phone}`,
    ],
  },
  {
    id: 'call-strong-go-ahead',
    scenario: 'call',
    personaId: 'priya-shah',
    quality: 'strong',
    messages: [
      "Hi Priya, this is {name}. Leo Martin, my statistics TA, suggested I call. I'm hoping to learn how you got into data engineering. Would you have 15 minutes sometime this week?",
      'Thank you! How did you get started in data engineering?',
      "That's really helpful. Thank you so much, that's all I wanted to ask.",
    ],
  },
  {
    id: 'call-weak-job-ask',
    scenario: 'call',
    personaId: 'priya-shah',
    quality: 'weak',
    messages: ["Hello, I'm {name}, my number is {phone}. I am looking for a job in data, are you hiring right now? I can send you my resume.", 'Okay.'],
  },
];
