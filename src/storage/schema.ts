/**
 * The database's tables as Kysely sees them. Every row carries its tenant (`platform:workspace`)
 * and, where it belongs to a person, their user id. Times are ISO-8601 UTC text, which sorts and
 * compares the same way in SQLite and PostgreSQL; yes/no values are integers 0 and 1.
 */
export interface Schema {
  users: UsersTable;
  contacts: ContactsTable;
  contact_events: ContactEventsTable;
  interviews: InterviewsTable;
  reminders: RemindersTable;
  saved_plans: SavedPlansTable;
  shown_plans: ShownPlansTable;
  rehearsals: RehearsalsTable;
  cohorts: CohortsTable;
  cohort_members: CohortMembersTable;
  cohort_questions: CohortQuestionsTable;
  cohort_shares: CohortSharesTable;
  advisor_views: AdvisorViewsTable;
  advisor_grants: AdvisorGrantsTable;
  inbound_deliveries: InboundDeliveriesTable;
  undo_entries: UndoEntriesTable;
  audit_log: AuditLogTable;
  assignments: AssignmentsTable;
  reflections: ReflectionsTable;
}

/** One person Rapport has met, per tenant. */
export interface UsersTable {
  tenant: string;
  user_id: string;
  display_name: string;
  /** IANA time zone chosen by the person; null means the deployment's default. */
  timezone: string | null;
  /** IANA time zone the platform reports for the person (Slack's users.info); used when they chose none. */
  platform_timezone: string | null;
  created_at: string;
  last_active_at: string;
  /** Quiet hours as HH:mm; null means the default 21:00–08:00. */
  quiet_start: string | null;
  quiet_end: string | null;
  /** A message to show the person next time they use Rapport (e.g. their DMs are closed). */
  delivery_notice: string | null;
  /** When they last opened Rapport's Home tab (Slack). */
  home_opened_at: string | null;
  /** When Rapport first asked the person for their time zone; null until then (migration 0012). */
  timezone_asked_at: string | null;
  /** Their direct-message channel with Rapport, once opened (Slack's D…, Discord's DM channel id). */
  dm_channel_id: string | null;
  /** When the retention job warned the person their data would be deleted (migration 0016). */
  retention_warned_at: string | null;
}

/** Someone a student wants to learn from. */
export interface ContactsTable {
  id: string;
  tenant: string;
  user_id: string;
  name: string;
  /** The name folded for matching ("dana lee"); unique per student. */
  name_key: string;
  role: string | null;
  organization: string | null;
  found_via: string | null;
  referred_by: string | null;
  may_use_referrer_name: number | null;
  channel: string | null;
  target_type: string | null;
  subject: string | null;
  stage: string;
  interview_at: string | null;
  keep_in_touch: number;
  created_at: string;
  updated_at: string;
}

/** A contact entering a stage, for history and cohort funnels. */
export interface ContactEventsTable {
  id: string;
  tenant: string;
  user_id: string;
  contact_id: string;
  stage: string;
  at: string;
}

/** What the student recorded after an interview. */
export interface InterviewsTable {
  id: string;
  tenant: string;
  user_id: string;
  contact_id: string;
  held_at: string;
  learned: string | null;
  advice: string | null;
  next_steps: string | null;
  created_at: string;
}

/** A nudge to deliver by direct message: the schedule itself. */
export interface RemindersTable {
  id: string;
  tenant: string;
  user_id: string;
  /** The number the student types (`/remind cancel 3`), per student. */
  number: number;
  kind: string;
  contact_id: string | null;
  title: string;
  /** JSON with what the nudge message needs. */
  details: string;
  /** When the scheduler should next look at it (for a claimed row, when its lease ends). */
  due_at: string;
  status: string;
  dedupe_key: string | null;
  attempts: number;
  claim_token: string | null;
  last_error: string | null;
  delivery_key: string | null;
  /** The idempotency key of a delivery sent (or being sent) whose outcome is not recorded yet. */
  sending_key: string | null;
  /** When the platform was first found unreachable for this nudge (an outage it is waiting out), if it is. */
  unreachable_since: string | null;
  delivered_at: string | null;
  created_at: string;
  updated_at: string;
}

/** A question plan the student saved. */
export interface SavedPlansTable {
  id: string;
  tenant: string;
  user_id: string;
  /** The number the student types (`/questions export 2`), per student. */
  number: number;
  target_type: string;
  subject: string;
  minutes: number;
  /** JSON array of focus categories. */
  focus: string;
  /** JSON of the plan as shown when saved. */
  plan: string;
  created_at: string;
}

/** A question plan recently shown to a student, which its buttons and `/questions save` refer to. */
export interface ShownPlansTable {
  id: string;
  tenant: string;
  user_id: string;
  /** Orders the student's shown plans: the highest is the latest. */
  sequence: number;
  /** JSON of the plan's request, so "More questions" continues the same plan. */
  request: string;
  /** JSON of the plan as shown. */
  plan: string;
  /** The saved copy, once the student saved this plan. */
  saved_plan_id: string | null;
  created_at: string;
}

/** A practice rehearsal: its state while active, its scorecard once finished. */
export interface RehearsalsTable {
  id: string;
  tenant: string;
  user_id: string;
  scenario: string;
  difficulty: string;
  persona_id: string;
  /** JSON of the rehearsal state, so a restart resumes where it stopped. */
  state: string;
  /** active, finished or stopped; at most one active per student. */
  status: string;
  score: number | null;
  /** JSON of the scorecard once finished. */
  scorecard: string | null;
  started_at: string;
  updated_at: string;
  finished_at: string | null;
}

/** A group of students in one channel, with its goal and weekly digest schedule. */
export interface CohortsTable {
  id: string;
  tenant: string;
  name: string;
  /** The name folded for matching; unique per tenant. */
  name_key: string;
  /** The channel the cohort is bound to; unique per tenant. */
  channel_id: string;
  created_by: string;
  /** The cohort's IANA time zone: digests and goal dates are in it. */
  timezone: string;
  /** The digest's day of the week (monday...sunday) and time (HH:mm) in the cohort's zone. */
  digest_weekday: string;
  digest_time: string;
  /** When the next digest is due; null when digests are off. */
  next_digest_at: string | null;
  goal_interviews: number | null;
  goal_thank_yous: number | null;
  goal_rehearsals: number | null;
  /** The goal's last day, yyyy-MM-dd in the cohort's zone. */
  goal_by: string | null;
  goal_set_at: string | null;
  created_at: string;
  /** When an advisor archived the cohort; its data is deleted after a grace period (migration 0016). */
  archived_at: string | null;
  /** The advisors added to the cohort besides its creator, a JSON array of user ids; null for none. */
  co_advisors: string | null;
}

/** A student in a cohort, with their choices about milestones and advisor nudges. */
export interface CohortMembersTable {
  cohort_id: string;
  tenant: string;
  user_id: string;
  joined_at: string;
  /** 1 when the student wants their milestones celebrated by name in digests. */
  celebrate: number;
  /** 1 when the student muted nudges from the cohort's advisors. */
  nudges_muted: number;
}

/** A question a cohort's advisors want in their students' plans. */
export interface CohortQuestionsTable {
  id: string;
  tenant: string;
  cohort_id: string;
  /** Orders the cohort's questions (the oldest is lowest), independent of the clock. */
  position: number;
  question: string;
  added_by: string;
  added_at: string;
}

/** An interview summary a student shared with a cohort's advisors. */
export interface CohortSharesTable {
  id: string;
  tenant: string;
  cohort_id: string;
  user_id: string;
  interview_id: string;
  shared_at: string;
}

/** An advisor viewing a student's data: the student can read these with /privacy log. */
export interface AdvisorViewsTable {
  id: string;
  tenant: string;
  /** The student whose data was viewed. */
  user_id: string;
  advisor_id: string;
  cohort_name: string;
  /** What was viewed, in words. */
  what: string;
  at: string;
}

/** Someone made an advisor in a workspace with `/cohort advisor add`. */
export interface AdvisorGrantsTable {
  tenant: string;
  advisor_id: string;
  granted_by: string;
  granted_at: string;
}

/** A platform delivery already taken, kept for the platform's retry window. */
export interface InboundDeliveriesTable {
  /** `platform:id`, e.g. `slack:` and a Slack event id or trigger id. */
  key: string;
  seen_at: string;
}

/** Each person's last change that can be undone; see migration 0011. */
export interface UndoEntriesTable {
  tenant: string;
  user_id: string;
  /** What the change did, as the person is told when it is undone ("added Dana Lee"). */
  description: string;
  /** How to undo it: JSON that the command which made the change reads back. */
  change: string;
  created_at: string;
}

/** What happened to a person's data, and who did it: exports and deletions (migration 0016). */
export interface AuditLogTable {
  id: string;
  tenant: string;
  /** The person whose data it was. Not `user_id`: the record outlives an erasure of their rows. */
  subject_id: string;
  /** Who did it: the person, an advisor, or `retention` for the deployment's policy. */
  actor_id: string;
  /** export, erase, retention-delete or cohort-delete. */
  action: string;
  /** JSON: what it covered, in counts and ids only. */
  detail: string;
  at: string;
}

/** An advisor's assignment in a cohort; see migration 0015. */
export interface AssignmentsTable {
  id: string;
  tenant: string;
  cohort_id: string;
  title: string;
  /** The title folded for matching; unique per cohort. */
  title_key: string;
  /** How many interviews each student holds for it. */
  interviews: number;
  /** The due day, yyyy-MM-dd in the cohort's zone. */
  due_on: string;
  /** The end of the due day in the cohort's zone: later counts as late. */
  due_at: string;
  /** The reflection prompts, a JSON list of one to five texts. */
  prompts: string;
  created_by: string;
  created_at: string;
  /** When an advisor closed it; null while open. */
  closed_at: string | null;
}

/** A student's reflection on one interview for an assignment; see migration 0015. */
export interface ReflectionsTable {
  id: string;
  tenant: string;
  user_id: string;
  assignment_id: string;
  interview_id: string;
  /** The answers, a JSON list in the order of the assignment's prompts. */
  answers: string;
  submitted_at: string;
  updated_at: string;
}
