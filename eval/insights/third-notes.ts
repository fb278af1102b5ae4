/**
 * The second batch written after tuning: on its first run, never tuned on, overall F1 was 72.1%
 * (README). It then joined the tuned notes, and a new batch (`fresh-notes.ts`) was written.
 * Same labelling rules as `notes.ts`.
 */
import { note, type LabelledNote } from './labelled-note.js';

export const THIRD_NOTES: readonly LabelledNote[] = [
  note('She got her start answering phones at a talent agency in Vancouver, then became an assistant agent', 'paths'),
  note('Key skill for actuaries: probability and explaining risk to people who dont like math. Exams take years.', 'skills resources'),
  note('He recommended the book Thinking in Systems and the Strong Towns podcast', 'resources'),
  note('At Loblaw the category managers juggle suppliers, promos and data all week', 'skills', ['Loblaw']),
  note('Nurses in the ICU do 12s, three on four off. Overtime is almost expected in winter', 'work-life'),
  note('She said to look at the Engineers Canada website for how licensing works across provinces', 'resources', ['Engineers Canada']),
  note('UX research jobs want mixed methods, surveys plus interviews, and a good storyteller', 'skills'),
  note('Lab manager at McMaster, came up through a postdoc, says academia pays less than industry', 'paths work-life', ['McMaster']),
  note('advice was to take any job in the building, even reception, and move once you are inside', 'paths'),
  note('Tip: bring questions about the team, not about the pay, in a first interview', 'paths'),
  note('speak french really help in customer success roles in Montreal', 'skills'),
  note('He plays in a weekly dev meetup and that is where he met his current boss', 'resources paths'),
  note('Architecture internships are mostly unpaid in Europe, paid here thankfully', 'paths work-life'),
  note('they use Jira and Confluence, and everyone writes tickets; good writing is underrated', 'skills'),
  note('Worked for Parks Canada as a seasonal interpreter for 3 summers before getting a permanent spot', 'paths work-life', ['Parks Canada']),
  note('she wished she had taken stats more seriously in undergrad', 'skills paths'),
  note('The union negotiates raises every 3 years, so pay is predictable', 'work-life'),
  note('told me to sign up for the Canadian Marketing Association newsletter and their free webinars', 'resources', ['Canadian Marketing Association']),
  note('no openings now, hiring freeze until april. keep checking their careers page', 'work-life paths'),
  note('She pivoted from journalism to comms at Telus, her writing carried over', 'paths skills', ['Telus']),
];
