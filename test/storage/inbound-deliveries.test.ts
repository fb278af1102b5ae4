import { describe, expect, it } from 'vitest';
import { KyselyInboundDeliveryLedger } from '../../src/storage/inbound-deliveries.js';
import { useTestDatabase } from '../support/use-test-database.js';

const HOUR = 60 * 60_000;
const at = new Date('2026-11-23T15:00:00Z');
const later = (ms: number): Date => new Date(at.getTime() + ms);

describe('KyselyInboundDeliveryLedger', () => {
  const database = useTestDatabase();

  it('takes a delivery once: a retry of it, on any instance, is a repeat', async () => {
    const instanceA = new KyselyInboundDeliveryLedger(database().db);
    const instanceB = new KyselyInboundDeliveryLedger(database().db);
    expect(await instanceA.firstSeen('slack:Ev1', at)).toBe(true);
    expect(await instanceB.firstSeen('slack:Ev1', later(60_000))).toBe(false);
    expect(await instanceA.firstSeen('slack:Ev1', later(30 * 60_000))).toBe(false);
    expect(await instanceB.firstSeen('slack:Ev2', at)).toBe(true);
  });

  it('lets exactly one of several simultaneous receipts of the same delivery through', async () => {
    const ledgers = Array.from({ length: 6 }, () => new KyselyInboundDeliveryLedger(database().db));
    const firsts = await Promise.all(ledgers.map((ledger) => ledger.firstSeen('slack:trigger-1', at)));
    expect(firsts.filter(Boolean)).toHaveLength(1);
  });

  it('forgets the deliveries seen before a time, keeping later ones, and then takes a forgotten key again', async () => {
    const ledger = new KyselyInboundDeliveryLedger(database().db);
    await ledger.firstSeen('slack:old', at);
    await ledger.firstSeen('slack:older', later(-HOUR));
    await ledger.firstSeen('slack:recent', later(2 * HOUR));
    expect(await ledger.forgetBefore(later(HOUR))).toBe(2);
    expect(await ledger.forgetBefore(later(HOUR))).toBe(0);
    expect(await ledger.firstSeen('slack:recent', later(2 * HOUR + 1))).toBe(false);
    expect(await ledger.firstSeen('slack:old', later(3 * HOUR))).toBe(true);
  });
});
