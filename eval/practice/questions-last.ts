/**
 * The fourth part of the labelled questions, written before the last round of training
 * phrasings and measured once afterwards, as a check on questions nobody tuned for.
 */
import type { LabelledTopic } from '../../src/domain/practice/understand/phrasings.js';
import { G, I, O, P, type Row } from './question-row.js';

/** Questions per topic. */
export const LAST_ROWS: Readonly<Record<LabelledTopic, readonly Row[]>> = {
  'small-talk': [['good afternoon! is your week going well?', G]],
  opening: [
    ['Why this profession, out of everything you could have done?', O],
    ['how do you sum up your role at the museum for people who ask?', G],
  ],
  path: [
    ['I would like to hear the story of how you became a pilot.', O],
    ['What jobs do people from the forestry program usually get after graduating?', P],
    ['Was becoming a manager something you planned, or did it just happen?', G],
  ],
  'day-to-day': [
    ['What are you usually doing at 10 am on a Tuesday?', O],
    ['What are the main responsibilities of a pilot on a normal flight day?', O],
    ['How do you split your week between fieldwork and the office in forestry?', I],
  ],
  skills: [
    ['What strengths would help me do well at the museum?', G],
    ['Which abilities did the forestry program help you develop?', P],
    ['do you need to be good at maths to be a pilot', O],
  ],
  conditions: [
    ['How much time do pilots spend away from home?', O],
    ['Is working at the museum stressful around big exhibitions?', G],
    ['How physically demanding is forestry work in winter?', I],
  ],
  rewards: [
    ['What part of flying still makes you happy after all these years?', O],
    ['How well paid are forestry technicians compared to other trades?', I],
    ['What are the frustrating parts of working at a museum?', G],
  ],
  entry: [
    ['How does a beginner get hired by an airline?', O],
    ['What do you need to get accepted into the forestry program?', P],
    ['What entry positions exist at the museum for someone with no experience?', G],
  ],
  trends: [
    ['Will drones change what forestry workers do?', I],
    ['Is there a pilot shortage right now or is that a myth?', O],
    ['How are museums changing with digital exhibits?', G],
  ],
  culture: [
    ['What is the atmosphere like among pilots at your airline?', G],
    ['Do people in forestry support each other or is it every person for themselves?', I],
  ],
  education: [
    ['Is flight school or a university aviation degree the better choice?', O],
    ['Which courses in the forestry program mattered most later?', P],
    ['Do museum jobs require a master degree in museum studies?', G],
  ],
  advice: [
    ['What advice do you have for a student who wants to fly professionally?', O],
    ['If I were your younger sister, what would you tell me to do before applying?', P],
  ],
  resources: [
    ['Which aviation groups or clubs would you suggest for a beginner?', O],
    ['Where do forestry people share news and job postings?', I],
  ],
  closing: [
    ['Could you recommend another pilot I might talk with?', O],
    ['Would you mind if I mention our conversation when I email them?', G],
  ],
};
