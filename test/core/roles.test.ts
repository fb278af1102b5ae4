import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/core/identity.js';
import { withRoles } from '../../src/core/roles.js';
import { Harness, TEST_TENANT } from '../support/harness.js';
import { SAMPLE_COMMANDS } from '../support/sample-commands.js';

const actor: Actor = { tenant: TEST_TENANT, userId: 'ana', displayName: 'Ana', roles: ['member'] };

describe('withRoles', () => {
  it('adds the roles the platform did not give, once each', () => {
    expect(withRoles(actor, ['advisor']).roles).toEqual(['member', 'advisor']);
    expect(withRoles({ ...actor, roles: ['member', 'advisor'] }, ['advisor']).roles).toEqual(['member', 'advisor']);
    expect(withRoles(actor, [])).toBe(actor);
  });
});

describe("the dispatcher resolves roles: the platform's and the advisor directory's", () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await Harness.create({ commands: SAMPLE_COMMANDS, advisorIds: ['lee'] });
  });
  afterEach(() => harness.close());

  it('makes someone named in ADVISOR_IDS an advisor in every workspace, for commands and buttons', async () => {
    expect((await harness.as('lee').send('/demo secret')).text).toContain('the secret');
    const button = { kind: 'action', action: { command: 'demo', action: 'admin' } } as const;
    expect((await harness.as('lee').dispatch(button)).text).toContain('admin done');
    expect((await harness.as('ana').dispatch(button)).text).toContain('Only advisors');
  });

  it('adds a grant of this workspace, and forgets it once revoked', async () => {
    const { advisors } = harness.services;
    await advisors.grant(TEST_TENANT, 'mo', 'lee', harness.clock.now());
    expect((await harness.as('mo').send('/demo secret')).text).toContain('the secret');
    expect(await advisors.rolesOf({ platform: 'slack', workspaceId: 'T1' }, 'mo')).toEqual([]);
    await advisors.revoke(TEST_TENANT, 'mo');
    expect((await harness.as('mo').send('/demo secret')).text).toContain('Only advisors');
  });

  it('keeps the roles the platform gave (a Slack admin, a Discord role) without any entry in the directory', async () => {
    expect((await harness.as('kit', ['member', 'advisor']).send('/demo secret')).text).toContain('the secret');
    expect(await harness.services.advisors.list(TEST_TENANT)).toEqual([{ userId: 'lee', source: 'configured' }]);
  });
});
