/**
 * Shared fixtures of the repository contract suite: a fresh database per test (SQLite, or a
 * PostgreSQL schema on the `postgres` run), tenants and people, times with milliseconds, awkward
 * text, and small builders for the rows several repositories need.
 */
import { sql } from 'kysely';
import { tenantKey, type Actor, type Tenant } from '../../../src/core/identity.js';
import { startRehearsal, type Scorecard } from '../../../src/domain/practice/index.js';
import type { PlanRequest, PlannedQuestion, QuestionPlan } from '../../../src/domain/questions/planner.js';
import type { TargetType } from '../../../src/domain/questions/question-types.js';
import type { NewAssignment } from '../../../src/domain/cohorts/assignment-repository.js';
import { KyselyCohortRepository } from '../../../src/storage/cohort-repository.js';
import type { Cohort, NewCohort } from '../../../src/domain/cohorts/cohort-repository.js';
import { KyselyContactRepository } from '../../../src/storage/contact-repository.js';
import type { Contact, Interview } from '../../../src/domain/journal/contact-repository.js';
import type { Database } from '../../../src/storage/database.js';
import type { RehearsalProgress } from '../../../src/domain/practice/rehearsal-repository.js';
import type { Recipient } from '../../../src/domain/reminders/reminder-repository.js';
import type { STUDENT_TABLES } from '../../../src/storage/student-data.js';
export { useTestDatabase } from '../../support/use-test-database.js';

/** How many connections a test database's pool holds on PostgreSQL (see test/support/test-database.ts). */
const POOL_SIZE = 4;

/**
 * Runs `count` calls at once, after opening the pool's connections, so that on PostgreSQL they
 * really run side by side instead of one after another while connections are being opened.
 */
export async function atOnce<T>(database: Database, count: number, call: (index: number) => Promise<T>): Promise<T[]> {
  await Promise.all(Array.from({ length: POOL_SIZE }, () => sql`select 1`.execute(database.db)));
  return Promise.all(Array.from({ length: count }, (_, index) => call(index)));
}

/** The workspace most tests use. */
export const T1: Tenant = { platform: 'slack', workspaceId: 'T1' };
/** Another workspace on the same platform. */
export const T2: Tenant = { platform: 'slack', workspaceId: 'T2' };
/** The same workspace id on another platform: a tenant of its own. */
export const DISCORD_T1: Tenant = { platform: 'discord', workspaceId: 'T1' };

/** A student (the owner of per-person rows). */
export const student = (userId: string, tenant: Tenant = T1): Recipient => ({ tenant, userId });

/** Someone sending a command. */
export const actor = (userId: string, tenant: Tenant = T1): Actor => ({ tenant, userId, displayName: userId, roles: ['member'] });

/** The recipients that must never see or lose the rows of `student('U1')`: another student, and U1 elsewhere. */
export const OTHERS: readonly Recipient[] = [student('U2'), student('U1', T2), student('U1', DISCORD_T1)];

const BASE = Date.parse('2026-11-23T10:00:00.123Z');

/** A time `minutes` after a fixed start, with milliseconds so a round trip that drops them shows. */
export const at = (minutes: number): Date => new Date(BASE + minutes * 60_000);

/** Text that trips up encodings, quoting and collations. */
export const UNICODE_TEXT = 'Zoë Ångström — 日本語のメモ 🎓👩🏽‍🎓 «guillemets» \'single\' "double" back\\slash %_ NUL-free';

/** Text far longer than any varchar default. */
export const LONG_TEXT = `${'A long reflection on the conversation, line after line. '.repeat(400)}The end.`;

/** A plan question, from the bank unless said otherwise. */
function question(id: string, source: PlannedQuestion['source'] = 'bank'): PlannedQuestion {
  return { id, text: `Question ${id}?`, category: 'path', tier: 'must', minutes: 3, probes: [`Why ${id}?`], source };
}

/** A plan request and the plan shown for it (a literal, so the suite does not depend on the planner). */
export function shownPlan(subject = 'nurse', target: TargetType = 'occupation', mustAsk = ['q-path', 'q-day']): { request: PlanRequest; plan: QuestionPlan } {
  const request: PlanRequest = { target, subject, minutes: 20, focus: ['path', 'skills'], seed: `U1:${subject}`, answeredQuestionIds: new Set(['q-old']) };
  const plan: QuestionPlan = {
    target,
    subject,
    budgetMinutes: 20,
    opener: `Thanks for making time to talk about ${subject}.`,
    mustAsk: [...mustAsk.map((id) => question(id)), question('q-advisor', 'advisor')],
    ifTimeAllows: [question('q-spare')],
    closing: [question('q-close')],
    estimatedMinutes: 19,
  };
  return { request, plan };
}

/** The first step of a rehearsal (no scorecard: it stays active). */
export function rehearsalStart(seed = 1): RehearsalProgress {
  return { state: startRehearsal({ scenario: 'email', seed }).state };
}

/** A scorecard with this score. */
export function scorecard(score: number): Scorecard {
  return {
    scenario: 'email',
    score,
    criteria: [{ id: 'clarity', label: 'Clarity', weight: 100, points: score, note: 'Clear.' }],
    wentWell: ['Short.'],
    improvements: [],
    mistakes: [],
  };
}

/** A cohort to create; its digest is due at `nextDigestAt`. */
export function newCohort(name: string, channelId: string, nextDigestAt = at(60)): NewCohort {
  return { name, channelId, createdBy: 'A1', digest: { weekday: 'monday', time: '09:00', zone: 'Europe/Paris' }, nextDigestAt };
}

/** Creates a cohort in the workspace, failing the test when it is refused. */
export async function createCohort(database: Database, name: string, channelId: string, tenant = T1, nextDigestAt = at(60)): Promise<Cohort> {
  const cohort = await new KyselyCohortRepository(database.db).create(tenant, newCohort(name, channelId, nextDigestAt), at(0));
  if (typeof cohort === 'string') throw new Error(`Cohort ${name} refused: ${cohort}`);
  return cohort;
}

/** An assignment to create: two interviews, due at `at(60 * 24 * 7)` (a week after the start), two prompts. */
export function newAssignment(title: string): NewAssignment {
  return { title, interviews: 2, dueOn: '2026-11-30', dueAt: at(60 * 24 * 7), prompts: ['What surprised you?', 'What next?'], createdBy: 'A1' };
}

/** A contact of the student with one interview held at `heldAt`. */
export async function contactWithInterview(
  database: Database,
  recipient: Recipient,
  name: string,
  heldAt = at(10),
): Promise<{ contact: Contact; interview: Interview }> {
  const contacts = new KyselyContactRepository(database.db);
  const contact = await contacts.create(recipient, name, 'interviewed', { targetType: 'occupation', subject: 'nurse' }, at(0));
  const interview = await contacts.addInterview(
    recipient,
    { contactId: contact.id, heldAt, learned: `Learned from ${name}`, advice: 'Ask early', nextSteps: 'Send thanks' },
    at(11),
  );
  return { contact, interview };
}

/** The tables that hold a person's own rows. */
export type PersonTable = (typeof STUDENT_TABLES)[number];

/** How many rows of one table belong to the person. */
export async function countRows(database: Database, table: PersonTable, recipient: Recipient): Promise<number> {
  const rows = await database.db
    .selectFrom(table)
    .select('user_id')
    .where('tenant', '=', tenantKey(recipient.tenant))
    .where('user_id', '=', recipient.userId)
    .execute();
  return rows.length;
}
