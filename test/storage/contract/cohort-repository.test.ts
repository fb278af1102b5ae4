import { describe, expect, it } from 'vitest';
import { KyselyCohortRepository } from '../../../src/storage/cohort-repository.js';
import { KyselyShareRepository } from '../../../src/storage/share-repository.js';
import { at, atOnce, contactWithInterview, createCohort, DISCORD_T1, newCohort, student, T1, T2, UNICODE_TEXT, useTestDatabase } from './fixtures.js';
import { PLATFORMS } from '../../../src/core/identity.js';

describe('KyselyCohortRepository: cohorts', () => {
  const database = useTestDatabase();
  const cohorts = () => new KyselyCohortRepository(database().db);
  const created = (name: string, channelId: string, tenant = T1, nextDigestAt = at(60)) => createCohort(database(), name, channelId, tenant, nextDigestAt);

  it('creates a cohort and finds it by name (case and spacing ignored), channel and id', async () => {
    const cohort = await created(UNICODE_TEXT, 'C1');
    expect(cohort).toEqual({
      id: cohort.id,
      tenant: T1,
      name: UNICODE_TEXT,
      channelId: 'C1',
      createdBy: 'A1',
      digest: { weekday: 'monday', time: '09:00', zone: 'Europe/Paris' },
      nextDigestAt: at(60),
      createdAt: at(0),
    });
    expect(await cohorts().findByName(T1, `  ${UNICODE_TEXT.toUpperCase()} `)).toEqual(cohort);
    expect(await cohorts().findByChannel(T1, 'C1')).toEqual(cohort);
    expect(await cohorts().findById(T1, cohort.id)).toEqual(cohort);
    expect(await cohorts().findByChannel(T1, 'C2')).toBeUndefined();
  });

  it('adds and removes co-advisors of one cohort, reporting whether anything changed', async () => {
    const cohort = await created('Fall', 'C1');
    const other = await created('Winter', 'C2');
    expect(await cohorts().setCoAdvisor(T1, cohort.id, 'A2', true)).toBe(true);
    expect(await cohorts().setCoAdvisor(T1, cohort.id, 'A2', true)).toBe(false);
    expect(await cohorts().setCoAdvisor(T1, cohort.id, 'A3', true)).toBe(true);
    expect((await cohorts().findById(T1, cohort.id))?.coAdvisors).toEqual(['A2', 'A3']);
    expect((await cohorts().findById(T1, other.id))?.coAdvisors).toBeUndefined();
    expect(await cohorts().setCoAdvisor(T2, cohort.id, 'A4', true)).toBe(false);
    expect(await cohorts().setCoAdvisor(T1, cohort.id, 'A2', false)).toBe(true);
    expect(await cohorts().setCoAdvisor(T1, cohort.id, 'A3', false)).toBe(true);
    expect(await cohorts().setCoAdvisor(T1, cohort.id, 'A3', false)).toBe(false);
    expect((await cohorts().findByName(T1, 'fall'))?.coAdvisors).toBeUndefined();
  });

  it('keeps every co-advisor added at the same moment', async () => {
    const cohort = await created('Fall', 'C1');
    const advisors = Array.from({ length: 12 }, (_, index) => `A${index + 10}`);
    const added = await Promise.all(advisors.map((advisor) => cohorts().setCoAdvisor(T1, cohort.id, advisor, true)));
    expect(added.every(Boolean)).toBe(true);
    expect([...((await cohorts().findById(T1, cohort.id))?.coAdvisors ?? [])].sort()).toEqual([...advisors].sort());
  });

  it('refuses a name or a channel already used in the workspace, not in another', async () => {
    await created('Fall 2026', 'C1');
    expect(await cohorts().create(T1, newCohort('fall  2026', 'C2'), at(1))).toBe('name-taken');
    expect(await cohorts().create(T1, newCohort('Winter', 'C1'), at(1))).toBe('channel-taken');
    expect(await cohorts().list(T1)).toHaveLength(1);
    for (const tenant of [T2, DISCORD_T1]) await created('Fall 2026', 'C1', tenant);
  });

  it('creates one cohort when the same one is created twice at once, refusing the other', async () => {
    const outcomes = await atOnce(database(), 2, (index) => cohorts().create(T1, newCohort(index === 0 ? 'Fall' : 'fall', 'C1'), at(0)));
    expect(outcomes.filter((outcome) => typeof outcome === 'string')).toEqual(['channel-taken']);
    expect(await cohorts().list(T1)).toHaveLength(1);
  });

  it('finds no cohort of another workspace', async () => {
    const cohort = await created('Fall', 'C1');
    for (const tenant of [T2, DISCORD_T1]) {
      expect(await cohorts().findByName(tenant, 'Fall')).toBeUndefined();
      expect(await cohorts().findByChannel(tenant, 'C1')).toBeUndefined();
      expect(await cohorts().findById(tenant, cohort.id)).toBeUndefined();
      expect(await cohorts().list(tenant)).toEqual([]);
    }
  });

  it('lists the workspace’s cohorts by name', async () => {
    await created('winter', 'C1');
    await created('Fall', 'C2');
    await created('Spring', 'C3');
    await created('Autumn', 'C1', T2);
    expect((await cohorts().list(T1)).map((cohort) => cohort.name)).toEqual(['Fall', 'Spring', 'winter']);
  });

  it('sets a goal, with optional targets absent when not given and numbers as numbers', async () => {
    const cohort = await created('Fall', 'C1');
    await cohorts().setGoal(T1, cohort.id, { interviews: 3, by: '2026-12-18', setAt: at(5) });
    expect((await cohorts().findById(T1, cohort.id))?.goal).toEqual({ interviews: 3, by: '2026-12-18', setAt: at(5) });
    await cohorts().setGoal(T1, cohort.id, { interviews: 4, thankYous: 2, rehearsals: 1, by: '2027-01-15', setAt: at(6) });
    const goal = (await cohorts().findById(T1, cohort.id))?.goal;
    expect(goal).toEqual({ interviews: 4, thankYous: 2, rehearsals: 1, by: '2027-01-15', setAt: at(6) });
    expect([typeof goal?.interviews, typeof goal?.thankYous, typeof goal?.rehearsals]).toEqual(['number', 'number', 'number']);
  });

  it('changes the digest schedule, and turns digests off', async () => {
    const cohort = await created('Fall', 'C1');
    const friday = { weekday: 'friday', time: '16:30', zone: 'America/Toronto' } as const;
    await cohorts().setDigest(T1, cohort.id, friday, at(300));
    expect(await cohorts().findById(T1, cohort.id)).toMatchObject({ digest: friday, nextDigestAt: at(300) });
    await cohorts().setDigest(T1, cohort.id, friday, undefined);
    const off = await cohorts().findById(T1, cohort.id);
    expect(off).not.toHaveProperty('nextDigestAt');
    expect(await cohorts().dueDigests(at(10_000), 10, PLATFORMS)).toEqual([]);
    expect(await cohorts().nextDigestAt(PLATFORMS)).toBeUndefined();
    expect(await cohorts().claimDigest(off!, at(400))).toBe(false);
  });

  it('changes no goal or digest of another workspace’s cohort', async () => {
    const cohort = await created('Fall', 'C1');
    await cohorts().setGoal(T2, cohort.id, { interviews: 9, by: '2026-12-18', setAt: at(5) });
    await cohorts().setDigest(T2, cohort.id, { weekday: 'friday', time: '16:30', zone: 'UTC' }, undefined);
    expect(await cohorts().findById(T1, cohort.id)).toEqual(cohort);
  });

  it('lists the digests due now across workspaces, soonest first, up to the limit', async () => {
    const second = await created('Fall', 'C1', T1, at(20));
    const first = await created('Fall', 'C1', T2, at(10));
    await created('Winter', 'C2', T1, at(30));
    await created('Later', 'C3', T1, at(99));
    expect((await cohorts().dueDigests(at(30), 2, PLATFORMS)).map((cohort) => cohort.id)).toEqual([first.id, second.id]);
    expect(await cohorts().dueDigests(at(30), 10, PLATFORMS)).toHaveLength(3);
    expect(await cohorts().nextDigestAt(PLATFORMS)).toEqual(at(10));
  });

  it('lists and reports only the digests of the platforms asked for', async () => {
    const onSlack = await created('Fall', 'C1', T1, at(20));
    await created('Fall', 'C1', DISCORD_T1, at(10));
    expect((await cohorts().dueDigests(at(30), 10, ['slack'])).map((cohort) => cohort.id)).toEqual([onSlack.id]);
    expect(await cohorts().nextDigestAt(['slack'])).toEqual(at(20));
    expect(await cohorts().dueDigests(at(30), 10, ['console'])).toEqual([]);
  });

  it('lets exactly one claim of a digest succeed for the time that was read', async () => {
    await created('Fall', 'C1', T1, at(10));
    const [due] = await cohorts().dueDigests(at(10), 1, PLATFORMS);
    expect(await cohorts().claimDigest(due!, at(10_090))).toBe(true);
    expect(await cohorts().claimDigest(due!, at(10_090))).toBe(false);
    expect((await cohorts().findById(T1, due!.id))?.nextDigestAt).toEqual(at(10_090));
    expect(await cohorts().dueDigests(at(10), 10, PLATFORMS)).toEqual([]);
    const [next] = await cohorts().dueDigests(at(10_090), 1, PLATFORMS);
    expect(await cohorts().claimDigest(next!, at(20_170))).toBe(true);
  });

  it('lets exactly one of several claims at once of the same digest succeed', async () => {
    await created('Fall', 'C1', T1, at(10));
    const [due] = await cohorts().dueDigests(at(10), 1, PLATFORMS);
    const claims = await atOnce(database(), 5, () => cohorts().claimDigest(due!, at(10_090)));
    expect(claims.filter(Boolean)).toHaveLength(1);
  });
});

describe('KyselyCohortRepository: members', () => {
  const database = useTestDatabase();
  const cohorts = () => new KyselyCohortRepository(database().db);
  const created = (name: string, channelId: string, tenant = T1) => createCohort(database(), name, channelId, tenant);

  it('adds a student once, with their choices off, and lists members by when they joined', async () => {
    const fall = await created('Fall', 'C1');
    expect(await cohorts().join(T1, fall.id, 'U3', at(5))).toBe(true);
    expect(await cohorts().join(T1, fall.id, 'U2', at(1))).toBe(true);
    expect(await cohorts().join(T1, fall.id, 'U1', at(5))).toBe(true);
    expect(await cohorts().join(T1, fall.id, 'U2', at(9))).toBe(false);
    expect(await cohorts().members(T1, fall.id)).toEqual([
      { userId: 'U2', joinedAt: at(1), celebrate: false, nudgesMuted: false },
      { userId: 'U1', joinedAt: at(5), celebrate: false, nudgesMuted: false },
      { userId: 'U3', joinedAt: at(5), celebrate: false, nudgesMuted: false },
    ]);
    expect(await cohorts().membership(T1, fall.id, 'U2')).toEqual({ userId: 'U2', joinedAt: at(1), celebrate: false, nudgesMuted: false });
    expect(await cohorts().membership(T1, fall.id, 'U9')).toBeUndefined();
  });

  it('lets one of several joins at once add the student (a double click)', async () => {
    const fall = await created('Fall', 'C1');
    const joined = await atOnce(database(), 4, () => cohorts().join(T1, fall.id, 'U1', at(1)));
    expect(joined.filter(Boolean)).toHaveLength(1);
    expect(await cohorts().members(T1, fall.id)).toHaveLength(1);
  });

  it('lists the cohorts a student belongs to, by name, in their workspace only', async () => {
    const winter = await created('Winter', 'C1');
    const fall = await created('Fall', 'C2');
    await created('Spring', 'C3');
    const elsewhere = await created('Fall', 'C1', T2);
    for (const cohort of [winter, fall]) await cohorts().join(T1, cohort.id, 'U1', at(1));
    await cohorts().join(T2, elsewhere.id, 'U1', at(1));
    expect((await cohorts().cohortsOf(T1, 'U1')).map((cohort) => cohort.id)).toEqual([fall.id, winter.id]);
    expect((await cohorts().cohortsOf(T2, 'U1')).map((cohort) => cohort.id)).toEqual([elsewhere.id]);
    expect(await cohorts().cohortsOf(DISCORD_T1, 'U1')).toEqual([]);
    expect(await cohorts().members(T2, fall.id)).toEqual([]);
    expect(await cohorts().membership(T2, fall.id, 'U1')).toBeUndefined();
  });

  it('applies a student’s choices to all their memberships in the workspace and counts them', async () => {
    const fall = await created('Fall', 'C1');
    const winter = await created('Winter', 'C2');
    const elsewhere = await created('Fall', 'C1', T2);
    for (const cohort of [fall, winter]) await cohorts().join(T1, cohort.id, 'U1', at(1));
    await cohorts().join(T1, fall.id, 'U2', at(1));
    await cohorts().join(T2, elsewhere.id, 'U1', at(1));
    const changed = await cohorts().setChoices(T1, 'U1', { celebrate: true });
    expect(changed).toBe(2);
    expect(await cohorts().setChoices(T1, 'U1', { nudgesMuted: true })).toBe(2);
    expect(await cohorts().setChoices(T1, 'U1', {})).toBe(0);
    expect(await cohorts().setChoices(T1, 'U9', { celebrate: true })).toBe(0);
    for (const cohort of [fall, winter]) expect(await cohorts().membership(T1, cohort.id, 'U1')).toMatchObject({ celebrate: true, nudgesMuted: true });
    expect(await cohorts().membership(T1, fall.id, 'U2')).toMatchObject({ celebrate: false, nudgesMuted: false });
    expect(await cohorts().membership(T2, elsewhere.id, 'U1')).toMatchObject({ celebrate: false, nudgesMuted: false });
    await cohorts().setChoices(T1, 'U1', { celebrate: false });
    expect(await cohorts().membership(T1, fall.id, 'U1')).toMatchObject({ celebrate: false, nudgesMuted: true });
  });

  it('removes a student together with what they shared with that cohort only', async () => {
    const fall = await created('Fall', 'C1');
    const winter = await created('Winter', 'C2');
    const shares = new KyselyShareRepository(database().db);
    const me = student('U1');
    const { interview } = await contactWithInterview(database(), me, 'Dana Lee');
    for (const cohort of [fall, winter]) {
      await cohorts().join(T1, cohort.id, 'U1', at(1));
      await shares.share(me, cohort.id, interview.id, at(2));
    }
    expect(await cohorts().leave(T1, fall.id, 'U1')).toBe(true);
    expect(await cohorts().leave(T1, fall.id, 'U1')).toBe(false);
    expect(await cohorts().membership(T1, fall.id, 'U1')).toBeUndefined();
    expect(await shares.countShared(me, fall.id)).toBe(0);
    expect(await shares.countShared(me, winter.id)).toBe(1);
    expect(await cohorts().join(T1, fall.id, 'U1', at(3))).toBe(true);
    expect(await shares.countShared(me, fall.id)).toBe(0);
  });

  it('removes no member of another workspace', async () => {
    const fall = await created('Fall', 'C1');
    await cohorts().join(T1, fall.id, 'U1', at(1));
    expect(await cohorts().leave(T2, fall.id, 'U1')).toBe(false);
    expect(await cohorts().membership(T1, fall.id, 'U1')).toBeDefined();
  });
});
