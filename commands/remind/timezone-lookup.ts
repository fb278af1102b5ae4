import { IANAZone } from 'luxon';

/** What a typed time zone names. */
export type ZoneReading =
  | { readonly kind: 'zone'; readonly zone: string }
  /** An abbreviation (EST, CET): its offset changes with daylight saving in most places that use it, so the person picks a place. */
  | { readonly kind: 'abbreviation'; readonly abbreviation: string; readonly candidates: readonly string[] }
  | { readonly kind: 'unknown' };

/**
 * Abbreviations people type for their zone, with the places they most likely mean. Each is an
 * offset, not a place: "EST" is an hour wrong all summer in New York and Toronto alike.
 */
const ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  est: ['America/New_York', 'America/Toronto'],
  edt: ['America/New_York', 'America/Toronto'],
  et: ['America/New_York', 'America/Toronto'],
  cst: ['America/Chicago', 'America/Winnipeg', 'America/Mexico_City'],
  cdt: ['America/Chicago', 'America/Winnipeg'],
  ct: ['America/Chicago', 'America/Winnipeg'],
  mst: ['America/Denver', 'America/Edmonton', 'America/Phoenix'],
  mdt: ['America/Denver', 'America/Edmonton'],
  mt: ['America/Denver', 'America/Edmonton'],
  pst: ['America/Los_Angeles', 'America/Vancouver'],
  pdt: ['America/Los_Angeles', 'America/Vancouver'],
  pt: ['America/Los_Angeles', 'America/Vancouver'],
  ast: ['America/Halifax', 'America/Puerto_Rico'],
  nst: ['America/St_Johns'],
  gmt: ['Europe/London', 'UTC'],
  bst: ['Europe/London'],
  wet: ['Europe/Lisbon'],
  cet: ['Europe/Paris', 'Europe/Berlin', 'Europe/Madrid'],
  cest: ['Europe/Paris', 'Europe/Berlin', 'Europe/Madrid'],
  eet: ['Europe/Athens', 'Europe/Helsinki', 'Africa/Cairo'],
  ist: ['Asia/Kolkata', 'Europe/Dublin'],
  sgt: ['Asia/Singapore'],
  hkt: ['Asia/Hong_Kong'],
  jst: ['Asia/Tokyo'],
  kst: ['Asia/Seoul'],
  aest: ['Australia/Sydney', 'Australia/Brisbane'],
  nzst: ['Pacific/Auckland'],
  wat: ['Africa/Lagos'],
  eat: ['Africa/Nairobi'],
  sast: ['Africa/Johannesburg'],
};

/**
 * Reads a time zone the way a person types it: an IANA Region/City name in any case
 * ("america/toronto"), a city the zone is named after ("Toronto", "New York"), or UTC. An
 * abbreviation ("EST", even the legacy zones of that name) is never taken as it is: the person
 * is asked which place they mean.
 */
export function readTimezone(typed: string): ZoneReading {
  const wanted = typed.trim().replace(/\s+/g, '_').toLowerCase();
  if (wanted === '') return { kind: 'unknown' };
  const abbreviation = ABBREVIATIONS[wanted];
  if (abbreviation !== undefined) return { kind: 'abbreviation', abbreviation: typed.trim().toUpperCase(), candidates: abbreviation };
  if (wanted === 'utc') return { kind: 'zone', zone: 'UTC' };
  const zones = Intl.supportedValuesOf('timeZone').filter((zone) => zone.includes('/') && !zone.startsWith('Etc/'));
  const exact = zones.find((zone) => zone.toLowerCase() === wanted);
  if (exact !== undefined) return { kind: 'zone', zone: exact };
  const byCity = zones.filter((zone) => zone.toLowerCase().split('/').pop() === wanted);
  if (byCity.length === 1 && byCity[0] !== undefined) return { kind: 'zone', zone: byCity[0] };
  const renamed = renamedZone(wanted, zones);
  return renamed === undefined ? { kind: 'unknown' } : { kind: 'zone', zone: renamed };
}

/**
 * A zone under its current name where ICU lists only the old one (Asia/Kolkata is listed as
 * Asia/Calcutta, Europe/Kyiv as Europe/Kiev, Asia/Ho_Chi_Minh as Asia/Saigon), typed in full or
 * by its city, written with the usual capitals; undefined when it is not one valid zone.
 */
function renamedZone(wanted: string, zones: readonly string[]): string | undefined {
  const regions = [...new Set(zones.map((zone) => zone.split('/')[0] ?? ''))];
  const candidates = (wanted.includes('/') ? [wanted] : regions.map((region) => `${region}/${wanted}`)).filter((zone) => IANAZone.isValidZone(zone));
  const [only, ...more] = candidates;
  if (only === undefined || more.length > 0) return undefined;
  return only
    .split('/')
    .map((part) =>
      part
        .split('_')
        .map((word) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase())
        .join('_'),
    )
    .join('/');
}

/** The IANA zone typed, or undefined when it is not one place (unknown, or an abbreviation to ask about). */
export function resolveTimezone(typed: string): string | undefined {
  const reading = readTimezone(typed);
  return reading.kind === 'zone' ? reading.zone : undefined;
}
