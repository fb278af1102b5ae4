import { isValidZone } from '../reminders/local-time.js';
import type { UserProfile } from './user-repository.js';

/**
 * The zone a person's times are shown and their nudges timed in: their choice, their platform's,
 * or `fallback`; a stored zone this runtime does not know (written before zones were checked, or
 * dropped by a newer time-zone database) is passed over rather than failing every time of theirs.
 */
export function zoneOf(profile: Pick<UserProfile, 'timezone' | 'platformTimezone'> | undefined, fallback: string): string {
  return [profile?.timezone, profile?.platformTimezone].find((zone) => zone !== undefined && isValidZone(zone)) ?? fallback;
}
