/**
 * The first batch written after tuning: on its first run, never tuned on, overall F1 was 69.0%
 * (README). It then joined the tuned notes, and a new batch (`fresh-notes.ts`) was written.
 * Same labelling rules as `notes.ts`.
 */
import { note, type LabelledNote } from './labelled-note.js';

export const SECOND_NOTES: readonly LabelledNote[] = [
  note('Her first gig was an unpaid summer at a radio station, then she freelanced for 3 yrs before CBC hired her', 'paths work-life', ['CBC']),
  note('vet techs need to be calm with scared animals and strong stomach. the diploma is 2 years at Seneca', 'skills paths', ['Seneca']),
  note('He reads Harvard Business Review every week and said I should too', 'resources', ['Harvard Business Review']),
  note('salary start low in hotels but tips are good. shifts change every week', 'work-life'),
  note('Get on the mailing list of the Canadian Urban Institute, they post jobs and run webinars', 'resources paths', ['Canadian Urban Institute']),
  note('She did her masters part time while working at Metrolinx as a planning analyst', 'paths', ['Metrolinx']),
  note('Biggest thing: knowing how to write a grant. Nobody teaches you that in school', 'skills'),
  note('the team is small so everyone wears many hats, you have to be organised and not panic', 'skills work-life'),
  note('he moved from retail management into logistics, the people management transferred well', 'paths skills'),
  note('Go to the GDC talks on YouTube, free and very good for learning how studios work', 'resources'),
  note('cyber is short of people, lots of jobs, but entry roles want experience which is a catch 22. help desk is a common start', 'work-life paths'),
  note('Working at the UN sounds glamorous but its years of short contracts, she said', 'work-life', ['UN']),
  note('Learned that physios must be registered with the College of Physiotherapists of Ontario and do continuing ed every year', 'resources', [
    'College of Physiotherapists of Ontario',
  ]),
  note('really nice call!! she said keep in touch and to send my CV when I finish', 'paths'),
  note('Accounting firms such as Grant Thornton and MNP take students for the winter busy season', 'paths work-life', ['Grant Thornton', 'MNP']),
  note('Excel and being comfortable with numbers, and also explaining them simply to clients', 'skills'),
  note('there is a Discord community for junior data people, she gave me the invite link', 'resources'),
  note('she got the job because she had done a capstone project with the company in her last semester', 'paths'),
  note('teacher college is 2 years now, and supply teaching for a while before a permanent contract', 'paths work-life'),
  note('She is working as a product designer for Wealthsimple since 2021, before that she was at a small agency', 'paths', ['Wealthsimple']),
];
