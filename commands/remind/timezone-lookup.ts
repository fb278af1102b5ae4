import { isValidZone } from '../../src/domain/reminders/local-time.js';

/**
 * Reads a time zone the way a person types it: an exact IANA name in any case
 * ("america/toronto"), or a city the zone is named after ("Toronto", "New York").
 * Returns the IANA name, or undefined when nothing fits.
 */
export function resolveTimezone(typed: string): string | undefined {
  const wanted = typed.trim().replace(/\s+/g, '_').toLowerCase();
  if (wanted === '') return undefined;
  const zones = Intl.supportedValuesOf('timeZone');
  const exact = zones.find((zone) => zone.toLowerCase() === wanted);
  if (exact !== undefined) return exact;
  if (wanted === 'utc' || wanted === 'gmt') return 'UTC';
  const byCity = zones.filter((zone) => zone.toLowerCase().split('/').pop() === wanted);
  if (byCity.length === 1) return byCity[0];
  return isValidZone(typed.trim()) ? typed.trim() : undefined;
}
