/** Third held-out batch of voicemails: sealed, never tuned on. */
import { unseen, type UnseenSpec } from '../drafts-unseen/spec.js';
import { PEOPLE_3 as P } from './people.js';

/** Third held-out batch of voicemails. */
export const UNSEEN_3_VOICEMAIL_DRAFTS: readonly UnseenSpec[] = [
  unseen(
    'unseen3-vm-strong-changer',
    'strong',
    'helen-park',
    P.gareth,
    "Hello Helen, this is {name}, on {phone}. Jamal Wright, my advisor, gave me your number. After fifteen years as an electrician I'm thinking about teaching adults, and I'd love 15 minutes to hear how you built the evening certificate for career changers. Again, {phone}. I'll try you Thursday. Thanks very much.",
  ),
  unseen(
    'unseen3-vm-strong-second-language',
    'strong',
    'samuel-adeyemi',
    P.thanh,
    'Hello Mr. Adeyemi, my name is {name}, number {phone}. Rebecca Lowe, my co-op coordinator, give me your number. I am civil engineering student, very interested about the Fifth Street bridge project. Can I ask you some questions, 15 minutes? My number again, {phone}. I will call you again Monday. Thank you.',
  ),
  unseen(
    'unseen3-vm-strong-runner',
    'strong',
    'jordan-blake',
    P.siobhan,
    "Hi Jordan, it's {name}, {phone}. Chris Ortega, my kinesiology professor, suggested I call you. I run cross-country and I'm curious about rehab for runners as a career. Could I have 15 minutes of your time, whenever suits you between patients? That's {phone}, and my email is {email}. I'll follow up Wednesday. Thank you!",
  ),
  unseen(
    'unseen3-vm-strong-formal',
    'strong',
    'helen-park',
    P.amina,
    'Good afternoon Ms. Park. This is {name}, {phone}. My advisor, Jamal Wright, kindly passed on your details. I am a returning student considering adult education, and would be grateful for a 15-minute conversation about the evening certificate. Once more, {phone}. I will call again on Tuesday morning. Thank you.',
  ),
  unseen(
    'unseen3-vm-strong-brief',
    'strong',
    'samuel-adeyemi',
    P.olumide,
    "Samuel, good evening, {name} here, {phone}. Rebecca Lowe from co-op suggested I call. I'm a civil engineering student and I'd value 15 minutes to hear how your team is running the Fifth Street bridge rebuild. Again, {phone}. I'll try you Friday. Thanks, and have a good night.",
  ),
  unseen(
    'unseen3-vm-strong-nervous-but-clear',
    'strong',
    'jordan-blake',
    P.mariana,
    "Hi, um, hello Jordan, this is {name}, {phone}. Professor Chris Ortega said I could call. I'm a kinesiology student and I hope to learn about your work with runners, maybe 15 minutes if you are willing. Sorry, my number again, {phone}. I will try you again Thursday afternoon. Thank you so much.",
  ),
  unseen(
    'unseen3-vm-strong-parent-retraining',
    'strong',
    'helen-park',
    P.elif,
    "Hi Helen, this is {name}, {phone}. Jamal Wright, my advisor at the college, suggested I get in touch. After years at home with my kids I'm retraining, and I'm curious about your evening certificate for career changers. Would you have 15 minutes to talk? Again, {phone}. I'll call back Monday. Thank you.",
  ),
  unseen(
    'unseen3-vm-strong-site-worker',
    'strong',
    'samuel-adeyemi',
    P.rafael,
    "Hi Samuel, it's {name}. Rebecca Lowe, my co-op coordinator, passed along your number. After six years as a site supervisor I'm now studying civil engineering. I'd really like 15 minutes to ask about the Fifth Street bridge work. You can reach me at {phone}, that's {phone}. I'll try you again next Wednesday. Thanks.",
  ),

  unseen('unseen3-vm-weak-no-number', 'weak', 'jordan-blake', P.gareth, "Hey Jordan, it's {first}, Chris's student. Give me a shout when you can. Cheers."),
  unseen(
    'unseen3-vm-weak-rambling',
    'weak',
    'helen-park',
    P.siobhan,
    "Hi, hi, sorry, this is {first}, I wasn't expecting the voicemail, okay so, I was talking with Jamal, or actually he was talking with me, about what I might do next, because I'm in my third year and I'm not totally sure, I like people and I like teaching sort of, I tutored in high school and at the library, and anyway he mentioned you, and so I thought I'd call and see, I don't really know what I want to ask yet, maybe about education in general, or adults, or certificates, or maybe just whatever you think, I'm pretty free most days except Tuesdays and Thursdays when I have labs and also Friday mornings, so, yeah, um, call me maybe, or I'll call you, okay, thanks, bye.",
  ),
  unseen(
    'unseen3-vm-weak-job-ask',
    'weak',
    'samuel-adeyemi',
    P.olumide,
    "Hello, this is {name}, {phone}. I'm looking for an engineering job and Rebecca said Keystone might be hiring. Can you get me an interview? Please call me back.",
  ),
  unseen(
    'unseen3-vm-weak-demanding',
    'weak',
    'jordan-blake',
    P.rafael,
    'Jordan, {name}. This is my fourth call. I need fifteen minutes with you before Friday for my assignment, so call me back tonight. {phone}.',
  ),
  unseen('unseen3-vm-weak-just-hello', 'weak', 'helen-park', P.thanh, 'Hello, hello? Nobody there. Okay, bye.'),
  unseen('unseen3-vm-weak-no-name-no-reason', 'weak', 'samuel-adeyemi', P.mariana, 'Hi, please call me back at {phone}. Thank you.'),
  unseen('unseen3-vm-weak-slang', 'weak', 'jordan-blake', P.elif, "yo it's {first}, physio stuff, u know, whatever, text me sometime. bye"),
  unseen(
    'unseen3-vm-weak-pay-and-perks',
    'weak',
    'helen-park',
    P.amina,
    'Hi, this is {name}. I wanted to ask how much coordinators earn at Westbrook and if staff get free courses. Call me if you want.',
  ),
];
