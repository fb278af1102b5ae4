/** Second held-out batch of voicemails: never tuned on. */
import { unseen, type UnseenSpec } from '../drafts-unseen/spec.js';
import { PEOPLE_2 as P } from './people.js';

/** Second held-out batch of voicemails. */
export const UNSEEN_2_VOICEMAIL_DRAFTS: readonly UnseenSpec[] = [
  unseen(
    'unseen2-vm-strong-spelled-email',
    'strong',
    'helen-park',
    P.yuki,
    "Hi Helen, my name is {name}, {phone}. Jamal Wright, my advisor, suggested I reach out. I'm a high school teacher looking at adult education and I'd love 15 minutes to hear how the evening certificate came together. My email is yuki dot watanabe at uni dot ca. Again, {phone}. I'll try you on Wednesday. Thank you.",
  ),
  unseen(
    'unseen2-vm-strong-brisk',
    'strong',
    'samuel-adeyemi',
    P.arash,
    "Samuel, hi, this is {name}, civil engineering student, {phone}. Rebecca Lowe in co-op passed along your number. Could I have 15 minutes of your time about the Fifth Street bridge? Best number, {phone}. I'll call again Thursday afternoon. Thanks.",
  ),
  unseen(
    'unseen2-vm-strong-nonnative',
    'strong',
    'jordan-blake',
    P.nomvula,
    'Hello Jordan, my name is {name}, phone {phone}. My professor Chris Ortega advise me to call. I study kinesiology and I want to learn from you about treating runners, if you have 15 minutes some day. Again my phone {phone}, email {email}. I will call you back Friday. Thank you very much.',
  ),
  unseen(
    'unseen2-vm-strong-career-changer',
    'strong',
    'helen-park',
    P.patrick,
    "Good morning Ms. Park, this is {name}. After twelve years in HR I'm moving into adult education, and Jamal Wright thought you'd be generous with advice about the evening certificate. Would you have 15 minutes this week or next? My number is {phone}. Once more, {phone}. I'll try you again Monday. Thank you.",
  ),
  unseen(
    'unseen2-vm-strong-warm',
    'strong',
    'jordan-blake',
    P.leilani,
    "Hi Jordan! It's {name} at {phone}. Chris Ortega, my kinesiology prof, said you're the person to talk to about rehab for runners. I'd really appreciate 15 minutes whenever you have a gap between patients. My number again: {phone}. I'll follow up by phone on Tuesday. Thanks so much!",
  ),
  unseen(
    'unseen2-vm-strong-parent',
    'strong',
    'samuel-adeyemi',
    P.beatriz,
    "Hello Mr. Adeyemi, this is {name}, {phone}. My co-op coordinator, Rebecca Lowe, suggested I call. I'm a mature student in civil engineering and I'm hoping to learn how you manage a project like the bridge rebuild, in a 15-minute call. Again, {phone}. I'll try you Friday morning. Thank you.",
  ),

  unseen('unseen2-vm-weak-text-speak', 'weak', 'helen-park', P.yuki, "hey it's {first} lol, so yeah, adult ed, seems cool, hit me up. Bye."),
  unseen(
    'unseen2-vm-weak-no-number-job',
    'weak',
    'samuel-adeyemi',
    P.arash,
    "Hello, this is {name}. Rebecca said you might have summer jobs for students. I'd like one. Call me back please.",
  ),
  unseen(
    'unseen2-vm-weak-all-about-me',
    'weak',
    'jordan-blake',
    P.patrick,
    "Hi, it's {name}. I was born in Nairobi and I played rugby all my life, and I've always dreamed of becoming a physio, ever since I was ten and broke my wrist, and then my coach said I should do kinesiology, so here I am. Anyway, you can call me. Bye.",
  ),
  unseen('unseen2-vm-weak-hangs-up', 'weak', 'helen-park', P.beatriz, 'Oh, sorry, wrong time, I will call later. Bye.'),
  unseen(
    'unseen2-vm-weak-demands-callback',
    'weak',
    'jordan-blake',
    P.leilani,
    "This is {name}. I've called three times. I need you to call me back today, it's important for my assignment. {phone}.",
  ),
  unseen('unseen2-vm-weak-vague-meet', 'weak', 'samuel-adeyemi', P.nomvula, "Hi, this is {name}, I'd like to meet you sometime. Okay. Thanks. Bye."),
];
