import { DateTime } from 'luxon';

/** The instant of a local wall-clock ISO string (`2026-11-06T10:00`) in `zone`. */
export function local(iso: string, zone: string): Date {
  const dt = DateTime.fromISO(iso, { zone });
  if (!dt.isValid) throw new Error(`bad test time ${iso}`);
  return dt.toJSDate();
}

/** An instant shown as local wall-clock `yyyy-MM-ddTHH:mm` in `zone`. */
export function wall(at: Date, zone: string): string {
  return DateTime.fromJSDate(at, { zone }).toFormat("yyyy-MM-dd'T'HH:mm");
}

/** An instant shown as local ISO with offset, e.g. `2026-11-01T01:30:00-05:00`. */
export function withOffset(at: Date, zone: string): string {
  return DateTime.fromJSDate(at, { zone }).toISO({ suppressMilliseconds: true }) ?? 'invalid';
}

/** Runs `fn` with the process (system) time zone set to `tz`, restoring it afterwards. */
export function withSystemZone<T>(tz: string, fn: () => T): T {
  const before = process.env.TZ;
  process.env.TZ = tz;
  try {
    return fn();
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
}
