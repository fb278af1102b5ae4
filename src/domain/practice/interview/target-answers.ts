/**
 * Answers that depend on what the student is exploring: a program is answered by a graduate,
 * an organization by someone who works there, an industry by someone who knows the sector.
 * Topics not listed here use the general answers in answers.ts.
 */
import type { TargetType } from '../../questions/question-types.js';
import type { LabelledTopic } from '../understand/phrasings.js';

/** Answers per target type and topic (templates with `{field}` and field-profile placeholders). */
export const TARGET_ANSWERS: Readonly<Record<TargetType, Readonly<Partial<Record<LabelledTopic, readonly string[]>>>>> = {
  occupation: {},
  program: {
    opening: ['I chose {field} because it had real placements, and that turned out to be the best part. I still mentor a student from it each year.'],
    'day-to-day': [
      'A typical week in {field} was about fifteen hours of class, a lab or studio session, and a good amount of group work. Placement terms were full-time and felt like a job.',
    ],
    conditions: ['The workload is heavy around mid-terms and placement applications. Students who kept a part-time job usually kept it to ten hours a week.'],
    entry: [
      'Admissions look beyond grades at a short statement and sometimes an interview. Show that you understand what the work involves; a conversation like this one helps.',
    ],
    education: [
      'The most useful courses were the practical ones. If you can, choose electives that give you {credential}-style evidence you can show an employer.',
    ],
    culture: [
      'The cohort was small, so people helped each other a lot. Instructors were easy to reach, especially if you came to office hours early in the term.',
    ],
    path: ['Most of my classmates went into {entryRole} within six months. A few went on to further study, and some used it to switch careers completely.'],
    rewards: ['It was worth it for me, mostly because of the placements and the people I met. The weak spot was a couple of outdated courses.'],
  },
  organization: {
    opening: ['I joined {field} because the team was working on problems I cared about, and the people I met in the interviews were generous with their time.'],
    culture: ['The culture at {field} is collaborative but busy. New people get a buddy for the first months, and managers expect you to ask questions early.'],
    entry: ['We hire for {entryRole} mostly through the careers page, and referrals help. What stands out is a clear story of why {field} in particular.'],
    path: [
      'People here usually move up by taking on a project outside their job description. Internal moves between teams are common after a couple of years.',
    ],
    'day-to-day': ['My team at {field} spends most days on planned work, with a daily check-in and a weekly review {setting}.'],
  },
  industry: {
    trends: [
      'The sector is growing, but unevenly: some parts of {field} are hiring fast while others are consolidating. Regulation and new tools are the two big forces right now.',
    ],
    entry: ['Across {field}, most people start in {entryRole}. Smaller firms are often more open to career changers than the big names.'],
    culture: [
      '{field} is a fairly small world: people move between organizations, so reputation travels. It is welcoming to newcomers who are curious and reliable.',
    ],
    path: ['Careers in {field} often zigzag between organizations; people build a specialty and carry it with them.'],
  },
};
