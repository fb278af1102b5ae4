/** What the people on the other end of the call say, by moment and branch. */

/** Persona and receptionist lines of the call scenario (templates with persona placeholders). */
export const CALL_LINES = {
  ring: ['You dial. The phone rings twice.', 'The line rings three times.', 'You make the call. It rings.'],
  personAnswers: ['{name} speaking.', 'Hello, this is {first}.', "{first} here. Who's calling?"],
  frontDeskAnswers: [
    '{organization}, {frontDesk} speaking. How can I help?',
    'Good morning, {organization}. This is {frontDesk}; who are you trying to reach?',
  ],
  transfer: ["One moment, I'll see if {first} is free.", 'Let me check whether {first} can take a call. Please hold.'],
  hold: ['Hold music, then a click.', 'A short pause on hold.'],
  toVoicemail: [
    "{first} is with someone right now. I'll put you through to {their} voicemail.",
    "{first} isn't at {their} desk. Let me transfer you to {their} voicemail.",
  ],
  voicemailGreeting: [
    "Hi, you've reached {name} at {organization}. Please leave a message after the tone. *beep*",
    'This is {first}. Sorry I missed you; leave your name and number. *beep*',
  ],
  'go-ahead': [
    "Oh, actually, now is a good time. Go ahead: what's your first question?",
    'Sure, I have a few minutes right now. What would you like to know?',
    "I've got a gap before my next meeting, so let's do it now. Fire away.",
  ],
  'call-back': [
    "I'm swamped right now. Could you call me back later this week, or send me an email?",
    "Bad timing, sorry, I'm about to walk into a meeting. Can we find another time?",
    "I can't talk right now. Email me, or try me another day?",
  ],
  decline: [
    "I'm sorry, I just don't have the time for this at the moment.",
    "Thanks for thinking of me, but I'm not able to take this on right now.",
    "I'll have to say no, I'm afraid. It's a really hectic stretch.",
  ],
  screened: [
    "For jobs, please apply through the careers page on our website. I'm not able to put job enquiries through, sorry.",
    "{first} doesn't handle hiring, I'm afraid; openings are all on our careers page. Have a good day.",
  ],
  whatElse: ['What else would you like to know?', 'Sure. Next question?', 'Anything else?'],
  afterAnswer: [
    "That's about all I can do right now, but feel free to email me with anything else.",
    'I need to hop off now. Send me an email if you have more questions.',
  ],
  noQuestion: [
    'Sorry, what was your question? ...Actually, I need to run. Send me an email.',
    'Hm, okay. Look, I only had a minute; maybe email me your questions.',
  ],
  agreedTime: ['That works. Talk then!', 'Sounds good, I will put it in my calendar.'],
  gaveEmail: ["Sure, it's {email}. Send me a short note.", 'Email is easiest: {email}. Talk soon.'],
  vagueLater: ['Okay... try me another time, I guess. Bye.', 'Right. Well, maybe later. Bye now.'],
  referral: ['You could try {referral}, {referralRole}. Tell them I sent you.', '{referral}, {referralRole}, might have time. Mention my name.'],
  farewell: ['Happy to help. Good luck, and keep in touch.', 'My pleasure. Take care, and email me if anything else comes up.'],
  bye: ['Good luck with it. Bye.', 'Sorry I cannot help. Take care.'],
  hangUp: ['You hang up.', 'The call ends.'],
} as const;
