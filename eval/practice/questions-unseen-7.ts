/**
 * A sealed unseen batch of labelled questions, written on 2026-12-07 by a helper who read
 * neither the classifier's code nor its training phrasings, and kept outside the repo until the
 * end of the session, so nobody tuned on it. Voices: parents asking for a child, mid-career
 * changers who explain themselves first, second-language phrasing, very formal letters, chat
 * shorthand with typos, nervous run-ons. Each question clearly belongs to its topic; a
 * licensing question accepts entry and education (see question-set.ts). It is measured once;
 * a question here may not be copied into the training phrasings. Measured once, on the
 * classifier of task "understanding" (2026-12-07, nothing changed since): topic accuracy
 * 90.5% (76/84), answered on topic 94.0% (79/84), clarification rate 0.0% (0/84).
 */
import { G, I, O, P, type Row } from './question-row.js';
import type { LabelledTopic } from '../../src/domain/practice/understand/phrasings.js';

/** Questions per topic. */
export const UNSEEN_7_ROWS: Readonly<Record<LabelledTopic, readonly Row[]>> = {
  'small-talk': [
    ['morning! did u manage to get a coffee before this?', O],
    ['I hope the snow did not make your drive in too difficult today?', G],
    ['Good evening, sir, I trust you had a pleasant weekend?', I],
    ['How are you holding up this week, with the end of term and all?', P],
    ['Thanks for picking up, are you keeping well?', O],
    ['Sorry, my camera is a bit slow, how is your afternoon going?', G],
  ],
  opening: [
    ['To start, could you tell me in your own words what a forensic accountant actually does?', O],
    ['what got u into video games as an industry in the first place', I],
    ['My daughter keeps talking about your company; what does your department there do, in plain terms?', G],
    ['What made you sign up for the sommelier course back then?', P],
    ['Before I worked in hotels for twenty years I never thought about this field, so what drew you to it?', O],
    ['If you had to explain the shipping industry to a child, how would you put it?', I],
  ],
  path: [
    ['Could you walk me through how you went from your first degree to the job you have now?', O],
    ['how did u end up at the zoo? like was it luck', G],
    ['Were you always in insurance, or did you start in some other sector?', I],
    ['After you finished the apprenticeship program, where did you go first?', P],
    ['I read that you used to be a chef; how did that turn into a career in food safety?', O],
    ['What jobs did you have at the firm before they made you partner?', G],
  ],
  'day-to-day': [
    ['What does a regular Tuesday look like for a court reporter, from start to finish?', O],
    ['wat do u spend most of ur day on at the studio', G],
    ['Kindly, what tasks fill an ordinary week for someone working in the mining industry?', I],
    ['In the first term of the program, how is a normal week split between lectures and workshops?', P],
    ['When you get to the site in the morning, what is the first thing on your list?', O],
    ['How much of your day at the agency is spent with clients versus at your desk?', G],
  ],
  skills: [
    ['What abilities does a good speech therapist need that people do not expect?', O],
    ['do u have to be good with computers to work in farming now', I],
    ['Coming from twelve years as a flight attendant, which of my skills would be useful at the hotel group?', G],
    ['What will I actually be able to do with my hands by the end of the carpentry program?', P],
    ['Which qualities separate an average paralegal from an excellent one?', O],
    ['What technical skills does the energy sector look for most right now?', I],
  ],
  conditions: [
    ['Please, how many hours in a week does a junior architect usually work?', O],
    ['is there loads of travel in consulting or is that a myth', I],
    ['As a single father, I need to know, how much flexibility does the council give with school pickups?', G],
    ['Are the classes in the program in the evenings, so I could keep my day job?', P],
    ['How physically tiring is a full shift as a line cook?', O],
    ['How often do people at your bank work from home?', G],
  ],
  rewards: [
    ['What part of being a midwife makes you happiest?', O],
    ['whats the most annoying thing about the job tbh', O],
    ['Not your own pay, but what do people starting out in the hospitality industry usually earn?', I],
    ['What keeps you at the museum when you could work somewhere else?', G],
    ['What do you find hardest to accept about working in the charity sector?', I],
    ['Did finishing the diploma make a real difference to what graduates earn?', P],
  ],
  entry: [
    ['What is the usual way for a graduate to get a first job as a surveyor?', O],
    ['how do ppl break into fashion if they dont know anyone', I],
    ['Does the firm take on summer students, and how do they choose them?', G],
    ['What do I need to be admitted to the paramedic program, and how competitive is it?', P],
    ['Do I need to be registered with the college of nurses before I can work as a nurse here?', O, 'education'],
    ['At forty-five, how do career changers usually get their first role in IT?', I],
  ],
  trends: [
    ['How do you see the job of a translator changing with all the AI tools?', O],
    ['is construction booming rn or slowing down', I],
    ['Where do you think the company is heading over the next five years?', G],
    ['How has the program changed its content in the last few years to keep up with the field?', P],
    ['Which new technologies will change farming the most in the coming decade?', I],
    ['Will there still be demand for court stenographers ten years from now?', O],
  ],
  culture: [
    ['How do people on your team treat each other when a deadline goes badly?', G],
    ['r the ppl in tech actually as casual as they say', I],
    ['As a woman in her fifties, I am curious how the workplace culture at the firm feels to someone like me?', G],
    ['What is the atmosphere like between students in the program, more teamwork or competition?', P],
    ['How do senior chefs treat the new cooks in a professional kitchen?', O],
    ['What are the unwritten rules that everyone in the theatre world knows?', I],
  ],
  education: [
    ['Which degree would you recommend for someone who wants to become an actuary?', O],
    ['do u actually need a diploma for web design or is self taught ok', O],
    ['I have a bachelor in biology from Nigeria; would I have to study again to work in the pharmaceutical industry here?', I],
    ['Does the hospital help pay for staff who want to take further courses?', G],
    ['Which modules of the program turned out to be most useful in your work?', P],
    ['Is a two-year college diploma enough to become a lab technician, or do I need a degree?', O],
  ],
  advice: [
    ['If you were starting again as a graphic designer today, what would you do differently?', O],
    ['what wud u tell someone like me whos scared theyre too old', I],
    ['Respectfully, what advice would you give a newcomer who wants to work at the library one day?', G],
    ['What do you wish you had known before you enrolled in the program?', P],
    ['I am leaving the army after fifteen years; what should I do first if I want to go into logistics?', I],
    ['What is the one thing you would tell my son before he chooses plumbing?', O],
  ],
  resources: [
    ['Could you suggest a few books or blogs to understand urban planning better?', O],
    ['any good youtube channels about the film industry', I],
    ['Is there a student membership for the professional association in your field?', O],
    ['Where could I read about the projects the company is working on?', G],
    ['Is there a website where I can see what graduates of the program went on to do?', P],
    ['Which conferences or trade fairs are worth going to in the packaging industry?', I],
  ],
  closing: [
    ['Is there anyone else at the company you think I should talk to?', G],
    ['would u mind if i mention u when i message ur colleague', I],
    ['Before we finish, is there something I should have asked and did not?', O],
    ['May I email you later if another question comes up about the program?', P],
    ['Thank you so much for your time, could you suggest one more person in this field I might contact?', O],
    ['Would it be alright to keep in touch and let you know how my applications go?', I],
  ],
};
