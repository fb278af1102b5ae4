import { Harness, type Replies, type Speaker } from '../../support/harness.js';

/** A note that must never leave its author's journal unless shared. */
export const CAL_PRIVATE = 'QUOKKA-7731 private worries about the salary talk';

/** What bea shares with the cohort's advisors. */
export const BEA_SHARED = 'portfolio reviews matter more than grades';

/** A harness with ADVISOR_IDS=ana, by default on Monday 2026-11-23 at 09:00 in Toronto. */
export async function cohortHarness(start = new Date('2026-11-23T14:00:00Z')): Promise<Harness> {
  return Harness.create({ advisorIds: ['ana'], start });
}

/** The people of the cohort scenarios, each speaking in #fall. */
export interface Cast {
  readonly ana: Speaker;
  readonly bea: Speaker;
  readonly cal: Speaker;
}

/**
 * ana creates fall with a goal; bea joins, logs an interview with Dana Lee, thanks her and
 * shares the summary; cal joins and logs a private interview he does not share.
 */
export async function seedCohort(harness: Harness): Promise<Cast & { readonly created: Replies }> {
  const ana = harness.as('ana').in('#fall');
  const bea = harness.as('bea').in('#fall');
  const cal = harness.as('cal').in('#fall');
  const created = await ana.send('/cohort create fall --day monday --time 09:00 --timezone America/Toronto');
  await ana.send('/cohort goal 2 --thank-yous 1 --by 2026-12-18');
  await bea.send('/cohort join');
  await bea.send('/log request "Dana Lee" --channel email');
  await bea.send(`/log interview "Dana Lee" --learned "${BEA_SHARED}" --advice "join the UX guild" --referrals "Sam Ortiz"`);
  await bea.send('/log thanked "Dana Lee"');
  await bea.send('/cohort share "Dana Lee"');
  await cal.send('/cohort join');
  await cal.send(`/log interview "Lee Park" --learned "${CAL_PRIVATE}"`);
  return { ana, bea, cal, created };
}
