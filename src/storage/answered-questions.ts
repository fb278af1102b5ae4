import { AFTER_CONVERSATION } from '../domain/journal/stages.js';
import { cleanSubject } from '../domain/questions/subject.js';
import { comparisonKey } from '../domain/questions/question-text.js';
import type { TargetType } from '../domain/questions/question-types.js';
import type { Contact, ContactRepository } from '../domain/journal/contact-repository.js';
import type { Recipient } from '../domain/reminders/reminder-repository.js';
import type { SavedPlanRepository } from '../domain/questions/saved-plan-repository.js';
import type { AnsweredQuestionSource } from '../domain/questions/answered-questions.js';

/**
 * Answered questions read from the journal: the must-ask bank questions of the student's saved
 * plans for the same target and subject count as answered once a contact about that target and
 * subject, past the conversation stage, had an interview after the plan was saved. Subjects are
 * compared loosely ("Graphic Designer." matches "graphic designer").
 */
export class JournalAnsweredQuestions implements AnsweredQuestionSource {
  constructor(
    private readonly plans: SavedPlanRepository,
    private readonly contacts: ContactRepository,
  ) {}

  async answeredQuestionIds(recipient: Recipient, target: TargetType, subject: string): Promise<ReadonlySet<string>> {
    const key = subjectKey(target, subject);
    const about = (otherTarget: string | undefined, otherSubject: string | undefined): boolean =>
      otherTarget === target && otherSubject !== undefined && subjectKey(target, otherSubject) === key;
    const plans = (await this.plans.listAbout(recipient, target)).filter((plan) => about(plan.target, plan.subject));
    if (plans.length === 0) return new Set();
    const contacts = (await this.contacts.list(recipient)).filter((contact) => hadConversation(contact) && about(contact.targetType, contact.subject));
    const lastInterview = await this.lastInterviewTime(recipient, contacts);
    return new Set(
      plans
        .filter((plan) => plan.createdAt.getTime() < lastInterview)
        .flatMap((plan) => plan.plan.mustAsk.filter((question) => question.source === 'bank').map((question) => question.id)),
    );
  }

  /** When the latest interview with any of these contacts was held (or booked), in epoch milliseconds. */
  private async lastInterviewTime(recipient: Recipient, contacts: readonly Contact[]): Promise<number> {
    if (contacts.length === 0) return -Infinity;
    const ids = new Set(contacts.map((contact) => contact.id));
    const held = (await this.contacts.allInterviews(recipient)).filter((interview) => ids.has(interview.contactId)).map((interview) => interview.heldAt);
    const booked = contacts.flatMap((contact) => (contact.interviewAt === undefined ? [] : [contact.interviewAt]));
    return Math.max(...[...held, ...booked].map((time) => time.getTime()));
  }
}

function subjectKey(target: TargetType, subject: string): string {
  return comparisonKey(cleanSubject(subject, target));
}

function hadConversation(contact: Contact): boolean {
  return (AFTER_CONVERSATION as readonly string[]).includes(contact.stage);
}
