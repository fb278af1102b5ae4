import { describe, expect, it } from 'vitest';
import { useStudent } from '../support/use-student.js';

const HOUR = 3_600_000;

describe('a student with 60 contacts and 40 reminders finds, edits and undoes any of them', () => {
  const { harness, ana, mine } = useStudent();

  /** 60 contacts, every fifth interviewed, each touched a minute after the last; 40 reminders an hour apart. */
  async function fill(): Promise<void> {
    const { contacts, reminders } = harness().services;
    const start = harness().clock.now().getTime();
    for (let index = 1; index <= 60; index++) {
      await contacts.create(
        mine,
        `Contact ${String(index).padStart(2, '0')}`,
        index % 5 === 0 ? 'interviewed' : 'identified',
        {},
        new Date(start - (60 - index) * 60_000),
      );
    }
    for (let index = 1; index <= 40; index++) {
      await reminders.schedule(
        { ...mine, kind: 'custom', title: `task ${index}`, details: { text: `task ${index}` }, dueAt: new Date(start + (41 - index) * 3 * HOUR) },
        new Date(start),
      );
    }
  }

  it('pages /log list by stage and latest activity, with the command for the rest and Next and Previous', async () => {
    await fill();
    const first = await ana().send('/log list');
    expect(first.text).toContain('Your journal: 60 contacts');
    expect(first.text).toContain('Page 1 of 4. 45 more: `/log list --page 2`');
    expect(first.text.indexOf('Contact 59')).toBeLessThan(first.text.indexOf('Contact 58'));
    expect(first.text).not.toContain('Contact 05');
    let page = first;
    for (let turn = 0; turn < 3; turn++) page = await ana().press(page, 'Next');
    expect(page.text).toContain('Page 4 of 4.');
    expect(page.text).toContain('Contact 05');
    expect(page.text).toContain('Interviewed (12)');
    expect(() => page.button('Next')).toThrow();
    expect((await ana().press(page, 'Previous')).text).toContain('Page 3 of 4. 15 more: `/log list --page 4`');
  });

  it('filters by stage', async () => {
    await fill();
    const interviewed = await ana().send('/log list --stage interviewed');
    expect(interviewed.text).toContain('Your journal, Interviewed: 12 contacts');
    expect(interviewed.text).not.toContain('Contact 01');
    expect(interviewed.text).not.toContain('Page 1');
    expect((await ana().send('/log list --stage thanked')).text).toContain('No contacts are at Thank-you sent yet');
  });

  it('finds every contact on some page of /log list, and edits and undoes each of the 60', async () => {
    await fill();
    const pages = await Promise.all([1, 2, 3, 4].map(async (page) => (await ana().send(`/log list --page ${page}`)).text));
    for (let index = 1; index <= 60; index++) {
      const name = `Contact ${String(index).padStart(2, '0')}`;
      expect(
        pages.filter((page) => page.includes(name)),
        name,
      ).toHaveLength(1);
      await ana().send(`/log edit ${name} --role "nurse educator" --org "Mount Sinai"`);
      expect(await harness().services.contacts.findByName(mine, name)).toMatchObject({ role: 'nurse educator', organization: 'Mount Sinai' });
      expect((await ana().send('/undo')).text).toContain(`Undone: your changes to ${name}`);
      expect((await harness().services.contacts.findByName(mine, name))?.role, name).toBeUndefined();
    }
  });

  it('finds every reminder on some page of /remind list, and moves and undoes each of the 40; deletes and restores a contact from any page', async () => {
    await fill();
    const pages = await Promise.all([1, 2, 3].map(async (page) => (await ana().send(`/remind list --page ${page}`)).text));
    for (let number = 1; number <= 40; number++) {
      expect(
        pages.filter((page) => page.includes(`#${number} task ${number}:`)),
        `#${number}`,
      ).toHaveLength(1);
      const before = await harness().services.reminders.findByNumber(mine, number);
      await ana().send(`/remind edit ${number} "task ${number}, moved" in 9 days`);
      expect((await harness().services.reminders.findByNumber(mine, number))?.title).toBe(`task ${number}, moved`);
      await ana().send('/undo');
      expect(await harness().services.reminders.findByNumber(mine, number), `#${number}`).toMatchObject({ title: before?.title, dueAt: before?.dueAt });
    }
    for (const name of ['Contact 60', 'Contact 01']) {
      await ana().press(await ana().send(`/log delete ${name}`), `Yes, delete ${name}`);
      expect(await harness().services.contacts.findByName(mine, name)).toBeUndefined();
      await ana().send('/undo');
      expect(await harness().services.contacts.findByName(mine, name)).toBeDefined();
    }
    expect(await harness().services.contacts.list(mine)).toHaveLength(60);
  });

  it('pages /remind list soonest first, and edits and undoes the last reminder', async () => {
    await fill();
    const first = await ana().send('/remind list');
    expect(first.text).toContain('Your upcoming reminders: 40');
    expect(first.text).toContain('Page 1 of 3. 25 more: `/remind list --page 2`');
    expect(first.text.indexOf('#40 ')).toBeLessThan(first.text.indexOf('#39 '));
    const last = await ana().send('/remind list --page 3');
    expect(last.text).toContain('#1 task 1');
    const edited = await ana().send('/remind edit 1 "task one, renamed"');
    expect(edited.text).toContain('Reminder #1 is now: task one, renamed');
    await ana().press(edited, 'Undo');
    expect((await harness().services.reminders.findByNumber(mine, 1))?.title).toBe('task 1');
  });
});
