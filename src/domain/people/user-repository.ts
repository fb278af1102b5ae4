import type { Actor, Platform, Tenant } from '../../core/identity.js';

/** What Rapport keeps about a person. */
export interface UserProfile {
  readonly tenant: Tenant;
  readonly userId: string;
  readonly displayName: string;
  /** The IANA time zone the person chose, or undefined when they chose none. */
  readonly timezone?: string;
  /** The IANA time zone their platform reports (Slack), used when they chose none. */
  readonly platformTimezone?: string;
  /** The person's quiet hours (HH:mm), or undefined for the default. */
  readonly quietHours?: { readonly start: string; readonly end: string };
  readonly createdAt: Date;
  readonly lastActiveAt: Date;
  /** When they last opened Rapport's Home tab (Slack), if ever. */
  readonly homeOpenedAt?: Date;
  /** Their direct-message channel with Rapport, once a nudge opened it. */
  readonly dmChannelId?: string;
}

/** What recording a person's activity learned about them. */
export interface Activity {
  /** True when a notice waits to be shown to the person. */
  readonly noticeWaiting: boolean;
}

/** The people Rapport has met. */
export interface UserRepository {
  /**
   * Creates the person on first contact and records when they were last active, with the name
   * and the time zone their platform gives (a zone the platform does not give is left as it was).
   * Says whether a notice waits for them, so {@link takeDeliveryNotice} is called only then.
   */
  recordActivity(actor: Actor, at: Date): Promise<Activity>;
  /** The person's profile, if Rapport has met them. */
  find(tenant: Tenant, userId: string): Promise<UserProfile | undefined>;
  /** The profiles of several people of one tenant, by user id (those Rapport never met are absent). */
  findMany(tenant: Tenant, userIds: readonly string[]): Promise<Map<string, UserProfile>>;
  /** Sets (or clears, with undefined) the person's time zone. */
  setTimezone(tenant: Tenant, userId: string, timezone: string | undefined): Promise<void>;
  /**
   * Records that Rapport asks the person for their time zone now; true only the first time,
   * and only while they have chosen none, so the question comes once.
   */
  claimTimezoneQuestion(tenant: Tenant, userId: string, at: Date): Promise<boolean>;
  /** Sets (or clears, with undefined) the person's quiet hours. */
  setQuietHours(tenant: Tenant, userId: string, quietHours: { start: string; end: string } | undefined): Promise<void>;
  /** Records that the person opened Rapport's Home tab; someone Rapport never met is added, named by their id until they use a command. */
  markHomeOpened(tenant: Tenant, userId: string, at: Date): Promise<void>;
  /** Leaves a notice to show the person the next time they use Rapport (e.g. their DMs are closed). */
  setDeliveryNotice(tenant: Tenant, userId: string, notice: string): Promise<void>;
  /** Reads and clears the person's pending notice, if any. */
  takeDeliveryNotice(tenant: Tenant, userId: string): Promise<string | undefined>;
  /**
   * The tenant on `platform` where the person was last active, if any. A Discord DM belongs to
   * no server, so Rapport serves it in the server where the person last used Rapport.
   */
  lastActiveTenant(platform: Platform, userId: string): Promise<Tenant | undefined>;
}
