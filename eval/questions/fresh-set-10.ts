import { group, type LabelledQuestion } from '../../src/domain/questions/labelled-question.js';

/**
 * A sealed batch: written on 2026-12-07 by a helper who read neither the checker's code nor its
 * training data, and kept outside the repo until the end of the session, so nobody tuned on it.
 * Voices unlike the earlier batches: parents asking for a child, mid-career changers who explain
 * themselves first, students writing in a second language, very formal letters, chat shorthand
 * and typos. Borderline questions were left out. It is measured once, as the figure for
 * questions nobody foresaw; no rule, training example or test may quote one. First and only
 * blind run (2026-12-07, on the checker of task "checker"): 93.2%, 96 of 103, 0 avoid judged good;
 * 1 avoid judged improve, 3 improve judged good, 1 good judged improve, 2 good judged avoid.
 * Its misses were then fixed by cause (task "checker2": their own health and plans to retire read
 * as private, and no rewrite keeps a private subject; the student's fit with a field and what
 * carries over from a former job are their story, not an ask; a yes/no main question behind an
 * opening clause or phrase; "why is X so/such a <verdict>" as leading; asking whether they know
 * someone who might talk to the student as a closing courtesy), with examples of our own, so its
 * figure is now an upper bound: 100.0%, 103 of 103, 0 avoid judged good.
 */
export const FRESH_QUESTIONS_10: readonly LabelledQuestion[] = [
  ...group('avoid', 'Asks them for a job, an internship, a referral to an opening, a résumé passed on or a good word, however politely it is put.', [
    'can u refer me for the data analyst opening i saw on ur careers page',
    'My nephew just graduated in accounting, would your firm have something for him?',
    'Would you be able to forward my CV to your HR department?',
    'After twenty years as a teacher I would love to join your training team; is there a way you could help me get an interview?',
    'Sir, I am requesting you kindly to consider me for any vacancy in your company.',
    'If I applied to the summer placement, would you put in a good word?',
    'Do you think you could get me an interview with your manager?',
    'is there any chance of an internship with u guys next summer, im really keen',
    'Would you mind keeping me in mind if a position opens up on your team?',
    'Can I list you as a referee when I apply to the hospital?',
    'I am going to apply for the junior planner post, would you tell the panel you know me?',
    'Could you introduce me to the person who is hiring for the warehouse supervisor role?',
    'Do you need any help in the studio? I can work for free to start.',
    'Can you hand my portfolio to your creative director?',
    'We went to the same school, so maybe you could help me get my foot in the door at your firm?',
    'Respected Madam, it will be my honour if you can arrange for me an internship in your esteemed organisation.',
  ]),
  ...group('avoid', 'Asks what they themselves earn, receive or charge: their pay, benefits, bonus or rates.', [
    'how much r u on a year',
    'What salary did they offer you when you joined the council?',
    'Do you get a bonus at Christmas, and how much was it this year?',
    'If it is not rude, what is your salary now as a senior engineer?',
    'How much do you charge a couple for a wedding shoot?',
    'What kind of raise did you get when you became team lead?',
    'Please tell me how much money you receive each month as a nurse in this hospital.',
    'What is your day rate as a contractor?',
    'How much did you make in your first year selling houses?',
    'Does the airline give you free flights, and how many do you get a year?',
  ]),
  ...group('avoid', 'Asks about their private life: family, health, beliefs, origin, home or money.', [
    'So do you have kids of your own at home?',
    'How old are you, if I may ask?',
    'Where were you born?',
    'Have you ever been depressed because of the job?',
    'Is your wife also working in finance?',
    'What religion are you?',
    'Do you rent or do you own your place?',
    'Are you retiring early because of your health?',
    'what political party do u support',
  ]),
  ...group('improve', 'Leading: it suggests the answer the student expects.', [
    "Law firms work their juniors to death, don't they?",
    'Surely nobody actually enjoys night shifts?',
    'Why is marketing such a shallow field?',
    "You'd agree a PhD is a waste of time for industry jobs?",
    'I guess the big agencies treat designers better than the small ones, yes?',
    "Isn't teaching basically a dead end for ambitious people?",
    'Everybody says the oil industry has no future, you must see that too?',
  ]),
  ...group('improve', 'Asks two things at once.', [
    'What does a day in the pharmacy look like and how many hours do you usually work?',
    'how did u learn to code and what language should i start with',
    'Which skills matter most for a quantity surveyor, and how would you build them while still at university?',
    'What was your first job after the program and how long did it take you to find it?',
    'Kindly tell me what is the hardest part of the job and also what you like the most.',
    'What trends are you seeing in renewable energy and which employers are leading them?',
    'My daughter wants to be a midwife; what should she study at school and how hard is it to get a place?',
    'Who are your main clients at the agency and how do you win new ones?',
  ]),
  ...group('improve', 'Invites a yes or a no; an open question would get the story behind it.', [
    'Do you like working in accounting?',
    'Is a portfolio important for architecture?',
    'Do you work weekends?',
    'Can someone with a criminology degree get into policing?',
    'at 52 is it realistic to retrain as a counsellor',
    'Is lab work lonely?',
    'Did you need a master’s to get where you are?',
    'If you could start over, would you still pick engineering?',
    'Is English very important in this job?',
  ]),
  ...group('improve', 'A quick search or their website answers this.', [
    'How many branches does your bank have in Ontario?',
    "When was the children's hospital founded?",
    'What is the tuition fee for the one-year postgraduate certificate?',
    'Where is your company headquartered?',
    'Which languages does your translation agency offer?',
    'What is the application deadline for the co-op program?',
    'How many credits is the bridging program for internationally trained nurses?',
    'Who is the CEO of your airline?',
  ]),
  ...group('good', 'A courteous closing question (people to talk to, permission, keeping in touch, a catch-all): a yes or a no is all it needs.', [
    'Is there somebody else in the archives world you think I ought to speak to?',
    'would it be ok to say you sent me when i email your colleague in procurement',
    'Kindly, may I use your name when I write to Dr. Haddad?',
    'Is there a question I should have asked you today but did not?',
    'Could I send you a short note in a few months to tell you what I decided?',
    'Thank you so much for your patience with all my questions, this really helped me.',
    'Do you know another career changer in the water industry who might share their experience with me?',
    'Are there any meetups or associations for young surveyors you would point me to?',
    'Would you be comfortable if I added you on LinkedIn?',
    'anyone else u think i should chat with?',
    'If I think of one more question after today, may I email you?',
  ]),
  ...group('good', 'Open and fair: asks for what they know first-hand, and puts nothing on them they did not offer.', [
    'ok so what actually happens in a vet clinic between 8 and 10am',
    'I drove buses for nineteen years and now I am studying dental hygiene; what from my old job do you think will help me with patients?',
    'Pardon my English, what do new people in the laboratory most often get wrong at first?',
    'My son loves drawing but I worry for him; how do young illustrators usually build steady work these days?',
    'What surprised you most when you moved from the classroom into instructional design?',
    'how did u figure out surveying was the right fit for u',
    'Dear Sir, may I ask how you prepared for your first audit season?',
    'What kinds of problems land on your desk that nobody warned you about in school?',
    'When a shipment at the port goes wrong, how does your team usually sort it out?',
    'sorry if this is a weird question but how do electricians keep up with code changes',
    'What does the path from apprentice to journeyman look like in your trade?',
    'How would you describe the people who thrive in emergency dispatch?',
    'Coming from twenty years in the army, how could I explain my experience so a civilian employer understands it?',
    'What do you look at first when you review a junior designer’s portfolio?',
    'How does pay tend to progress for court interpreters over their first five years?',
    'What part of the work at the food bank do you think outsiders misunderstand?',
    'In my home country I was a civil engineer; what steps do internationally trained engineers usually take to get licensed here?',
    'How do you decide which research questions are worth chasing in the lab?',
    'what skills should i be building in my gap year if i want to get into conservation',
    'What has changed most about bookkeeping since the automation tools came in?',
    'Thinking back to your student days, what would you tell yourself about choosing placements?',
    'How do the nurses and the physiotherapists on the rehab ward share the work?',
    'What kind of volunteer experience actually means something to a hiring manager in social work?',
    'How do you stay motivated during the slow months at the ski resort?',
    'Which parts of landscape architecture are hardest to explain to clients?',
  ]),
];
