import { sql, type RawBuilder } from 'kysely';
import type { Platform } from '../core/identity.js';

/**
 * A condition on a table's `tenant` (`platform:workspace`): rows of the tenants on `platforms`.
 * A process that serves only those platforms claims only their work, so work for another
 * platform waits for the process that serves it instead of standing in this one's way.
 */
export function onPlatforms(platforms: readonly Platform[]): RawBuilder<boolean> {
  if (platforms.length === 0) return sql<boolean>`1 = 0`;
  return sql<boolean>`(${sql.join(
    platforms.map((platform) => sql`tenant like ${`${platform}:%`}`),
    sql` or `,
  )})`;
}
