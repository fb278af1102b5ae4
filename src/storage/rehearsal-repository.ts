import type { Kysely } from 'kysely';
import { transact } from './transaction.js';
import { tenantKey } from '../core/identity.js';
import { parseRehearsalState } from '../domain/practice/state-schema.js';
import type { ScenarioId, Scorecard } from '../domain/practice/rehearsal-types.js';
import { newId } from '../core/ids.js';
import type { Recipient } from '../domain/reminders/reminder-repository.js';
import type { RehearsalsTable, Schema } from './schema.js';
import { studentRows } from './student-rows.js';
import { isUniqueViolation } from './unique-violation.js';
import type {
  Rehearsal,
  RehearsalProgress,
  StartOutcome,
  StoppedRehearsal,
  RehearsalScore,
  RehearsalRepository,
} from '../domain/practice/rehearsal-repository.js';

/** How many times a start tries when the rehearsal in its way keeps ending meanwhile. */
const START_ATTEMPTS = 3;

/** The {@link RehearsalRepository} on Kysely: one implementation for SQLite and PostgreSQL. */
export class KyselyRehearsalRepository implements RehearsalRepository {
  constructor(private readonly db: Kysely<Schema>) {}

  async start(recipient: Recipient, progress: RehearsalProgress, at: Date): Promise<StartOutcome> {
    const { state, scorecard } = progress;
    const row: RehearsalsTable = {
      id: newId('rh'),
      tenant: tenantKey(recipient.tenant),
      user_id: recipient.userId,
      scenario: state.scenario,
      difficulty: state.difficulty,
      persona_id: state.personaId,
      state: JSON.stringify(state),
      status: 'active',
      score: null,
      scorecard: null,
      started_at: at.toISOString(),
      updated_at: at.toISOString(),
      finished_at: null,
    };
    const finished = scorecard === undefined ? {} : finishedColumns(scorecard, at);
    // Inserted as active first even when already finished, so the one-active index applies to every start.
    const insert = () =>
      transact(this.db, async (trx) => {
        await trx.insertInto('rehearsals').values(row).execute();
        if (scorecard !== undefined) await trx.updateTable('rehearsals').set(finished).where('id', '=', row.id).execute();
      });
    for (let attempt = 1; ; attempt++) {
      try {
        await insert();
        break;
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        const active = await this.active(recipient);
        if (active !== undefined) return { kind: 'already-active', rehearsal: active };
        // The rehearsal in the way ended meanwhile (a draft scored at once, on PostgreSQL): start this one.
        if (attempt >= START_ATTEMPTS) throw error;
      }
    }
    return { kind: 'started', rehearsal: toRehearsal({ ...row, ...finished }) };
  }

  async active(recipient: Recipient): Promise<Rehearsal | undefined> {
    const row = await this.mine(recipient).where('status', '=', 'active').executeTakeFirst();
    return row === undefined ? undefined : toRehearsal(row);
  }

  async findById(recipient: Recipient, id: string): Promise<Rehearsal | undefined> {
    const row = await this.mine(recipient).where('id', '=', id).executeTakeFirst();
    return row === undefined ? undefined : toRehearsal(row);
  }

  async advance(recipient: Recipient, rehearsal: Rehearsal, progress: RehearsalProgress, at: Date): Promise<boolean> {
    const result = await this.db
      .updateTable('rehearsals')
      .set({
        state: JSON.stringify(progress.state),
        updated_at: at.toISOString(),
        ...(progress.scorecard === undefined ? {} : finishedColumns(progress.scorecard, at)),
      })
      .where('tenant', '=', tenantKey(recipient.tenant))
      .where('user_id', '=', recipient.userId)
      .where('id', '=', rehearsal.id)
      .where('status', '=', 'active')
      .where('state', '=', rehearsal.revision)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  async stop(recipient: Recipient, at: Date, id?: string): Promise<StoppedRehearsal | undefined> {
    let update = this.db
      .updateTable('rehearsals')
      .set({ status: 'stopped', updated_at: at.toISOString() })
      .where('tenant', '=', tenantKey(recipient.tenant))
      .where('user_id', '=', recipient.userId)
      .where('status', '=', 'active');
    if (id !== undefined) update = update.where('id', '=', id);
    const row = await update.returning(['id', 'scenario']).executeTakeFirst();
    return row === undefined ? undefined : { id: row.id, scenario: row.scenario as ScenarioId };
  }

  async scores(recipient: Recipient): Promise<RehearsalScore[]> {
    const rows = await this.mine(recipient).where('status', '=', 'finished').orderBy('finished_at').orderBy('started_at').execute();
    return rows.flatMap((row) => (row.score === null ? [] : [{ scenario: row.scenario as ScenarioId, score: row.score }]));
  }

  private mine(recipient: Recipient) {
    return studentRows(this.db, 'rehearsals', recipient).selectAll();
  }
}

/** The columns of a rehearsal that just finished with this scorecard. */
function finishedColumns(scorecard: Scorecard, at: Date): Pick<RehearsalsTable, 'status' | 'score' | 'scorecard' | 'finished_at'> {
  return { status: 'finished', score: scorecard.score, scorecard: JSON.stringify(scorecard), finished_at: at.toISOString() };
}

function toRehearsal(row: RehearsalsTable): Rehearsal {
  return {
    id: row.id,
    state: parseRehearsalState(JSON.parse(row.state)),
    revision: row.state,
  };
}
