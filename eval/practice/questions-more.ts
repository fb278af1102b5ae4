/**
 * The third part of the labelled questions, written last and not looked at while the
 * classifier was tuned: mixed styles across every topic and target type.
 */
import type { LabelledTopic } from '../../src/domain/practice/understand/phrasings.js';
import { G, I, O, P, type Row } from './question-row.js';

/** Questions per topic. */
export const MORE_ROWS: Readonly<Record<LabelledTopic, readonly Row[]>> = {
  'small-talk': [['Hey, thanks for picking up, how are you?', O]],
  opening: [
    ['what got you hooked on graphic design originally?', O],
    ['In one or two sentences, how would you describe what your agency does?', G],
    ['Why did you choose the co-op engineering program back then?', P],
  ],
  path: [
    ['Did you have any jobs in other fields before you became a librarian?', O],
    ['What kind of roles do dental hygienists move into later in their careers?', O],
    ['How did you go from being a student in the program to where you are now?', P],
    ['what were the big steps that took you from intern to director at the agency', G],
  ],
  'day-to-day': [
    ['Can you describe what happens on a typical shift in the emergency department?', O],
    ['What does the daily work of a librarian involve apart from books?', O],
    ['Which tasks at the agency take up most of your week?', G],
    ['What do students actually do in the labs each week?', P],
  ],
  skills: [
    ['What are the top three skills a dental hygienist should have?', O],
    ['Which skills are hardest for new people in game development to pick up?', I],
    ['Is creativity or attention to detail more important in graphic design?', O],
  ],
  conditions: [
    ['are the hours in the emergency department very long and tiring?', O],
    ['Is it common to work weekends in the hotel industry?', I],
    // Workload (conditions) or the shape of a student's week (day-to-day): the persona's answer to either fits.
    ['How much time outside class do students spend on assignments in the program?', P, 'day-to-day'],
    ['Can designers at your agency choose where they work from?', G, 'day-to-day'],
  ],
  rewards: [
    ['What is the most satisfying part of working in a library?', O],
    ['what would you say is the hardest or least fun part of the job', O],
    ['Roughly what salary can a new dental hygienist expect in Ontario?', O],
    ['What keeps you motivated at the agency on the difficult days?', G],
  ],
  entry: [
    ['What is the best first job for someone who wants to become a game developer?', I],
    ['Do I need a license to work as a dental hygienist in Canada?', O, 'education'],
    ['How selective is admission to the co-op engineering program?', P],
    ['What does the agency look for when hiring junior designers?', G],
  ],
  trends: [
    ['How is the hotel industry changing after the pandemic?', I],
    ['Do you think libraries will still need librarians in twenty years?', O],
    ['What new technology is coming into dental clinics?', O],
  ],
  culture: [
    ['How do designers and account managers get along at your agency?', G],
    ['Is the game industry friendly to newcomers and women?', I],
    ['How close are students with each other in the co-op program?', P],
  ],
  education: [
    ['Which diploma or degree is best for becoming a dental hygienist?', O],
    ['Is a graduate degree in library science required for your job?', O],
    ['How much does the reputation of the college matter for game design?', I],
  ],
  advice: [
    ['What would you recommend I do this summer to prepare for graphic design?', O],
    ['If you were a student again, what would you do differently to get ready for the program?', P],
    ['What is your best advice for a newcomer who wants to work in hotels?', I],
  ],
  resources: [
    ['Are there any good podcasts about game development you listen to?', I],
    ['Which association for librarians is worth joining as a student?', O],
    ['Where could I find more information about the agency from the inside?', G],
  ],
  closing: [
    ['Is there someone else at the agency I could contact to learn more?', G],
    ['May I say you suggested I reach out to them?', O],
    ["Anything else you think is important that I haven't asked about?", I],
  ],
};
