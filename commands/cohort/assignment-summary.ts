import { commandRef } from '../../src/core/command-ref.js';
import type { Services } from '../../src/core/services.js';
import { bullets, text } from '../../src/core/reply-builders.js';
import type { Block } from '../../src/core/reply.js';
import { userText } from '../../src/core/user-text.js';
import { describeProgress, isComplete, type AssignmentProgress } from '../../src/domain/cohorts/assignment-progress.js';
import type { Recipient } from '../../src/domain/reminders/reminder-repository.js';
import { dueWords, studentStandings } from './assignment-standing.js';

/** Words for the student's own state: encouraging, never a verdict. */
function ownState(progress: AssignmentProgress): string {
  if (isComplete(progress)) return progress.late === 0 ? 'done, well done!' : 'done (some reflections came after the due date)';
  return progress.state === 'overdue' ? 'the due date has passed; a late reflection still counts' : 'in progress';
}

/**
 * The student's open assignments with their progress, for `/cohort me` and the Slack Home
 * tab: each assignment's title, due date, what is done and the prompts, and how to reflect.
 * Nothing when none of their cohorts has an open assignment.
 */
export async function assignmentSummaryBlocks(services: Services, student: Recipient, now: Date): Promise<Block[]> {
  const lines = (await studentStandings(services, student, now)).flatMap(({ cohort, standings }) =>
    standings.map(
      ({ assignment, progress }) =>
        `*${userText(assignment.title)}* (${userText(cohort.name)}, due ${dueWords(assignment, cohort.digest.zone)}): ${describeProgress(progress)}: ${ownState(progress)}. Prompts: ${assignment.prompts.map((prompt) => `"${userText(prompt)}"`).join(', ')}`,
    ),
  );
  if (lines.length === 0) return [];
  return [
    text('*Your assignments*'),
    bullets(lines),
    text(`Reflect on an interview with ${commandRef('log', 'reflect', { contact: 'Dana Lee' })}; your advisors read your reflections.`),
  ];
}
