/**
 * The first unseen batch of labelled questions, written in one sitting before the classifier
 * moved from keywords and BM25 alone to word vectors and measured before that change (86.7%
 * after it). Its misses were then studied by cause and the classifier tuned on them, so it is no
 * longer an estimate for questions nobody foresaw: questions-unseen-2.ts is. eval:practice prints
 * it apart. Extra training material goes in the training phrasings, never here; a question here
 * may not be copied there (the eval checks).
 */
import type { LabelledTopic } from '../../src/domain/practice/understand/phrasings.js';
import { G, I, O, P, type Row } from './question-row.js';

/** Questions per topic. */
export const UNSEEN_ROWS: Readonly<Record<LabelledTopic, readonly Row[]>> = {
  'small-talk': [
    ['good morning!! hope the week has been kind to you so far', O],
    ['Are you keeping warm with this weather we are having?', G],
    ['how was the long weekend for you, did you get away at all', I],
    ['Hello, thank you for making time, is it a busy day over there?', P],
  ],
  opening: [
    ['So to begin, what pulled you toward working with animals in the first place?', O],
    ['In simple words what is your job about, I never met a actuary before', O],
    ['What has you most excited in your work at the moment?', G],
    ['what made you say yes when the bank offered you the job, instead of staying where you were', G],
    ['How would you describe the mining sector to someone who has only seen it on the news?', I],
    ['When you look back at the start of the program, what convinced you to enrol?', P],
  ],
  path: [
    ['what did you do before this, i read on linkedin you were a teacher first?', O],
    ['How does a typical career in supply chain progress after the first five years?', I],
    ['Could you share the steps that took you from the front desk to running the hotel?', G],
    ['Where are graduates of the paralegal program working two or three years later?', P],
    ['Was switching from engineering to product management a hard move to make for you?', O],
    ['Which roles can a physiotherapist grow into later, like management or teaching?', O],
    ['How long did it take you to move from junior to senior at the agency?', G],
  ],
  'day-to-day': [
    ['what does your calendar look like on a normal tuesday', O],
    ['How much of your time goes to meetings versus actually building things?', O],
    ['Can you describe what happens on the floor during a shift at the plant?', G],
    ['In the program, how many hours a week are in class and how many in the lab or studio?', P],
    ['What sort of projects does a person in the insurance business handle every week?', I],
    ['me i want to understand, what is the main work a pharmacist do from morning to evening?', O],
    ['Who do you talk to most during the day, clients or your own team?', G],
  ],
  skills: [
    ['What kind of person does well as a court reporter, personality wise?', O],
    ['Which software should I be comfortable with before going into architecture?', I],
    ['Is being good at math important for the accounting program or can you learn as you go?', P],
    ['What skill took you the longest to get good at?', O],
    ['Which soft skills does the company value most in its analysts?', G],
    ['what knowledge you need to have for work in the oil and gas, is chemistry needed much?', I],
  ],
  conditions: [
    ['Is it a 9 to 5 kind of job or do you end up taking work home at night?', O],
    ['How secure are jobs in the film industry, is it mostly contracts?', I],
    ['Do employees at the hospital get to choose their shifts or is it assigned?', G],
    ['how intense is the workload in the nursing program, do students have time for a part time job?', P],
    ['Would I be able to work from home in this role some days of the week?', O],
    ['What is the stress level like during tax season for someone in your position?', O],
  ],
  rewards: [
    ['What part of the work gives you the most satisfaction?', O],
    ['Roughly what salary range can someone expect in their first few years in marketing?', I],
    ['Is there anything about working at a startup that you find draining or disappointing?', G],
    ['What has been the best payoff of finishing the program for you personally?', P],
    ['What is the part of the job nobody warns you about, the not so fun side?', O],
    ['Are the benefits and pension good at the city, compared to private companies?', G],
    ['Knowing what you know now, would you still choose this program?', P],
  ],
  entry: [
    ['how do people usually get their foot in the door in publishing?', I],
    ['What does the application process for the program look like, is there a portfolio review?', P],
    ['What would make a recruiter at your company pick one new graduate over another?', G],
    ['Is volunteering a good way to get hired in the non profit world?', I],
    ['What kind of first job should I be applying for if I want to become a data scientist one day?', O],
    ['Do they hire people without canadian experience, for example international students like me?', G],
    ['How hard is it to get accepted, what grades do you need to get in?', P],
  ],
  trends: [
    ['How is climate change going to affect work in agriculture over the next years?', I],
    ['Do you think AI tools will replace some of what graphic designers do now?', O],
    ['What are the biggest challenges the company is facing right now with competitors?', G],
    ['Is the program updating what it teaches to keep up with the new technology?', P],
    ['Which parts of the banking industry are growing and which are shrinking?', I],
    ['are new regulations changing how you work in food safety?', O],
  ],
  culture: [
    ['How would you describe the vibe in the office, is it formal or pretty relaxed?', G],
    ['Do people in the industry know each other a lot, like a small world where everyone talks?', I],
    ['how do the managers at your company give feedback to new people?', G],
    ['What is the relationship between students and teachers in the program, can you approach them easy?', P],
    ['How diverse is the team you work with?', G],
    ['What do people at your company value most in a colleague?', G],
  ],
  education: [
    ['Do you need a masters to move forward as a psychologist, or is a bachelor degree enough?', O],
    ['Which certifications would you recommend for someone wanting to work in cloud computing?', I],
    ['How much of the program is theory and how much is hands-on practice?', P],
    ['Is it better to do a university degree or a college diploma for this kind of career?', O],
    ['Does the company pay for more training or courses once you are working there?', G],
    ['what did you study in school, and was it related to what you do now', O],
  ],
  advice: [
    ['If you could give one tip to someone like me who is just starting college, what would it be?', O],
    ['What should I be doing this summer to get myself ready for a career in the industry?', I],
    ['Is there something you wish somebody had told you when you were in my shoes?', O],
    ['what is one thing i should avoid doing when I start applying to companies like yours', G],
    ['Im a career changer in my thirties, what would you suggest as my first step?', O],
    ['Any recommendation for how a first year student should use the time well in the program?', P],
  ],
  resources: [
    ['Which conferences or meetups are worth going to for someone new to fintech?', I],
    ['Are there online groups or forums where people in this job share advice?', O],
    ['Is there a book you would recommend to understand the work better?', O],
    ['Does the company run any info sessions or open houses for students?', G],
    ['Where can I find mentors connected to the program?', P],
  ],
  closing: [
    ['Do you know anyone else at the company who might be willing to talk with me?', G],
    ['Would it be alright if I mention your name when I contact them?', O],
    ['Is there a question I should have asked you but did not?', I],
    ['Thank you so much, before I let you go, who else would you suggest I speak with?', P],
  ],
};
