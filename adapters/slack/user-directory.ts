import type { webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import type { Role } from '../../src/core/identity.js';
import { LRUCache } from 'lru-cache';

/** What Slack tells Rapport about a person. */
export interface SlackPerson {
  readonly displayName: string;
  /** The IANA zone of their Slack profile, when Slack gives one. */
  readonly timezone?: string;
  /** Everyone is a member; workspace admins and owners are advisors too. */
  readonly roles: readonly Role[];
}

/** How long what users.info said is trusted before asking again. */
const PERSON_TTL_MS = 60 * 60_000;
const MAX_PEOPLE = 10_000;

/**
 * People as Slack describes them (users.info, needing the users:read scope), cached for an hour
 * so a busy student costs one call an hour: their name, their time zone, and their roles (a
 * workspace admin or owner is also an advisor). When Slack cannot say, the person is a member
 * named as the request named them, in the zone Rapport already knew.
 * @see https://docs.slack.dev/reference/methods/users.info
 */
export class UserDirectory {
  private readonly people = new LRUCache<string, Promise<SlackPerson | undefined>>({ max: MAX_PEOPLE, ttl: PERSON_TTL_MS });

  constructor(
    private readonly client: webApi.WebClient,
    private readonly logger: Logger,
  ) {}

  /** The person with this user id; `fallbackName` is used when Slack cannot be asked. */
  async lookup(userId: string, fallbackName: string): Promise<SlackPerson> {
    let pending = this.people.get(userId);
    if (pending === undefined) {
      pending = this.fetch(userId);
      this.people.set(userId, pending);
    }
    return (await pending) ?? { displayName: fallbackName, roles: ['member'] };
  }

  private async fetch(userId: string): Promise<SlackPerson | undefined> {
    try {
      const { user } = await this.client.users.info({ user: userId });
      if (user === undefined) return undefined;
      const displayName = user.profile?.display_name || user.real_name || user.name || userId;
      const advisor = user.is_admin === true || user.is_owner === true;
      return { displayName, ...(user.tz === undefined || user.tz === '' ? {} : { timezone: user.tz }), roles: advisor ? ['member', 'advisor'] : ['member'] };
    } catch (error) {
      this.logger.warn({ err: error, user: userId }, 'users.info failed; treating the person as a member');
      this.people.delete(userId);
      return undefined;
    }
  }
}
