import { describe, expect, it } from 'vitest';
import { KyselyInboundDeliveryLedger } from '../../src/storage/inbound-deliveries.js';
import { useTestDatabase } from '../support/use-test-database.js';

const HOUR = 60 * 60_000;
const at = new Date('2026-11-23T15:00:00Z');

describe('KyselyInboundDeliveryLedger', () => {
  const database = useTestDatabase();

  it('takes a delivery once: a retry of it, on any instance, is a repeat', async () => {
    const instanceA = new KyselyInboundDeliveryLedger(database().db, HOUR);
    const instanceB = new KyselyInboundDeliveryLedger(database().db, HOUR);
    expect(await instanceA.firstSeen('slack:Ev1', at)).toBe(true);
    expect(await instanceB.firstSeen('slack:Ev1', new Date(at.getTime() + 60_000))).toBe(false);
    expect(await instanceA.firstSeen('slack:Ev1', new Date(at.getTime() + 30 * 60_000))).toBe(false);
    expect(await instanceB.firstSeen('slack:Ev2', at)).toBe(true);
  });

  it('lets exactly one of several simultaneous receipts of the same delivery through', async () => {
    const ledgers = Array.from({ length: 6 }, () => new KyselyInboundDeliveryLedger(database().db, HOUR));
    const firsts = await Promise.all(ledgers.map((ledger) => ledger.firstSeen('slack:trigger-1', at)));
    expect(firsts.filter(Boolean)).toHaveLength(1);
  });

  it('forgets deliveries older than its window when it cleans up, keeping recent ones', async () => {
    const ledger = new KyselyInboundDeliveryLedger(database().db, HOUR);
    await ledger.firstSeen('slack:old', at);
    await ledger.firstSeen('slack:recent', new Date(at.getTime() + 2 * HOUR));
    // A clean-up runs every few hundred deliveries.
    for (let index = 0; index < 500; index++) await ledger.firstSeen(`slack:filler-${index}`, new Date(at.getTime() + 2 * HOUR + 1));
    const keys = (await database().db.selectFrom('inbound_deliveries').select('key').execute()).map((row) => row.key);
    expect(keys).not.toContain('slack:old');
    expect(keys).toContain('slack:recent');
  });
});
