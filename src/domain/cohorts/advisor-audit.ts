import type { Tenant } from '../../core/identity.js';
import type { Recipient } from '../reminders/reminder-repository.js';

/** One advisor view of a student's data, as the student reads it. */
export interface AdvisorView {
  readonly advisorId: string;
  /** The advisor's name as Rapport last saw it, when it has met them. */
  readonly advisorName?: string;
  readonly cohortName: string;
  readonly what: string;
  readonly at: Date;
}

/** An advisor looking at some students' data in one cohort. */
export interface ViewRecord {
  readonly tenant: Tenant;
  readonly advisorId: string;
  readonly cohortName: string;
  /** What was viewed, in words the student reads ("progress report"). */
  readonly what: string;
  readonly at: Date;
}

/** The audit log of advisor views: written for every view, readable by the student with `/privacy log`. */
export interface AdvisorAuditLog {
  /** Records one view for each student whose data it showed. */
  record(view: ViewRecord, studentIds: readonly string[]): Promise<void>;
  /** The views of one student's data, newest first. */
  viewsOf(student: Recipient, limit: number): Promise<AdvisorView[]>;
}
