import { describe, expect, it } from 'vitest';
import { journalInsights, TOPICS_SHOWN, type InsightContact, type InterviewNotes } from '../../../src/domain/journal/insights/journal-insights.js';
import { quoteAt, MAX_QUOTE_GRAPHEMES } from '../../../src/domain/journal/insights/note-quote.js';
import { organisationsIn } from '../../../src/domain/journal/insights/organisations.js';
import { readNote } from '../../../src/domain/journal/insights/read-note.js';

const themesOf = (text: string) =>
  readNote(text)
    .themes.map((theme) => theme.theme)
    .sort();
const topicsOf = (text: string) => readNote(text).themes.flatMap((theme) => theme.topics);
const namesIn = (text: string, people: readonly string[] = []) => organisationsIn(text, { organisations: [], people }).map((organisation) => organisation.name);

describe('reading a note', () => {
  it('meets a phrase in its other forms: plurals, hyphens, tenses', () => {
    for (const text of ['she did two co-ops', 'coop placements are how they hire', 'Interned twice before graduating']) {
      expect(topicsOf(text)).toContain('internships and co-ops');
    }
    expect(topicsOf('worked her way up from the front desk')).toContain('entry-level roles');
    expect(topicsOf('she switched careers at 35')).toEqual(['career changes']);
  });

  it('mends a typo in a long word but leaves a real word that differs by one letter', () => {
    expect(topicsOf('get a certifcate and do netwroking')).toEqual(['certifications and licences', 'networking and referrals']);
    expect(themesOf('what matters is the team')).not.toContain('paths');
  });

  it('reads an everyday phrase as itself, not as the theme its words could mean', () => {
    expect(themesOf('I booked a call for Friday and will follow up')).toEqual([]);
    expect(themesOf('pay attention to detail')).toEqual(['skills']);
    expect(themesOf('we spoke for an hour in the evening')).toEqual([]);
  });

  it('finds cues without a topic, and says nothing of a note about nothing in particular', () => {
    expect(readNote('the skills you need come with time').themes).toEqual([{ theme: 'skills', topics: [], at: 4 }]);
    expect(readNote('lovely chat, she has two dogs').themes).toEqual([]);
  });
});

describe('organisations in a note', () => {
  it('takes a capitalised name where the sentence makes it a place of work', () => {
    expect(namesIn('She works for the City of Toronto in planning')).toEqual(['City of Toronto']);
    expect(namesIn('got hired at Shopify after a co-op')).toEqual(['Shopify']);
    expect(namesIn('big firms like EY, KPMG and Deloitte recruit in fall')).toEqual(['EY', 'KPMG', 'Deloitte']);
    expect(namesIn('Joined Wealthsimple as a designer')).toEqual(['Wealthsimple']);
    expect(namesIn('Royal Bank takes many co-op students')).toEqual(['Royal Bank']);
  });

  it('leaves people, tools and sentence openers alone', () => {
    expect(namesIn('Talked to Sam Ortiz about Excel and LinkedIn Learning. Networking is key.')).toEqual([]);
    expect(namesIn('She works for Dana Lee now', ['Dana Lee'])).toEqual([]);
  });

  it('finds an organisation the journal knows however the note writes it', () => {
    expect(organisationsIn('loves working at sickkids', { organisations: ['SickKids'], people: [] }).map((organisation) => organisation.name)).toEqual([
      'SickKids',
    ]);
  });

  it('reads two notes that differ only in the people they name alike', () => {
    const reading = (person: string) => readNote(`${person} said SQL matters and she got in through a co-op at Shopify`);
    const names = ['Dana Lee', 'Nguyen Thi Mai', 'Oluwaseun Adeyemi', 'José Álvarez'];
    const readings = names.map((name) => reading(name));
    for (const each of readings)
      expect({
        themes: each.themes.map((theme) => [theme.theme, theme.topics]),
        organisations: each.organisations.map((organisation) => organisation.name),
      }).toEqual({ themes: readings[0]!.themes.map((theme) => [theme.theme, theme.topics]), organisations: ['Shopify'] });
  });
});

describe('quoting a note', () => {
  it('quotes the sentence that shows the theme, whole when short', () => {
    const text = 'Nice call. She said SQL is used every day! Then we talked about dogs.';
    expect(quoteAt(text, text.indexOf('SQL'))).toBe('She said SQL is used every day!');
  });

  it('cuts a long sentence around the words, between words and never inside an emoji', () => {
    const text = `${'👩🏽‍💻 '.repeat(40)}what mattered most was networking ${'🧑🏿‍🔬 '.repeat(40)}`;
    const quote = quoteAt(text, text.indexOf('networking'));
    expect(quote).toContain('networking');
    expect(quote.startsWith('…') && quote.endsWith('…')).toBe(true);
    const graphemes = [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(quote.slice(1, -1))].map((piece) => piece.segment);
    expect(graphemes.length).toBeLessThanOrEqual(MAX_QUOTE_GRAPHEMES);
    expect(graphemes.every((piece) => ['👩🏽‍💻', '🧑🏿‍🔬', ' '].includes(piece) || /^[a-z]$/.test(piece))).toBe(true);
  });
});

const at = (day: number) => new Date(Date.UTC(2026, 10, day, 15));
const contact = (id: string, name: string, stage: string, extra: Partial<InsightContact> = {}): InsightContact => ({
  id,
  name,
  stage,
  createdAt: at(1),
  updatedAt: at(1),
  ...extra,
});
const interview = (id: string, contactId: string, day: number, learned: string, advice?: string): InterviewNotes => ({
  id,
  contactId,
  heldAt: at(day),
  learned,
  ...(advice === undefined ? {} : { advice }),
});

describe('insights over a journal', () => {
  const contacts = [
    contact('c1', 'Dana Lee', 'thanked', { subject: 'data analyst', organization: 'Shopify' }),
    contact('c2', 'Priya Shah', 'interviewed', { subject: 'data analyst' }),
    contact('c3', 'Sam Ortiz', 'identified', { referredBy: 'c1', createdAt: at(3) }),
    contact('c4', 'Lee Park', 'request-sent', { referredBy: 'c1', createdAt: at(3) }),
  ];
  const interviews = [
    interview('i1', 'c1', 3, 'SQL every day, and SQL again for reports. She got in through a co-op at Shopify.', 'take the Google data analytics certificate'),
    interview('i2', 'c2', 5, 'explaining numbers to managers is the job; learn SQL', 'build a portfolio with two projects'),
  ];

  it('counts each theme and topic once per interview, quoting the latest interview that names the top topic', () => {
    const insights = journalInsights(contacts, interviews);
    expect(insights.interviews).toBe(2);
    const skills = insights.themes.find((theme) => theme.theme === 'skills');
    expect(skills).toEqual({
      theme: 'skills',
      count: 2,
      topics: [
        { label: 'data and spreadsheets', count: 2 },
        { label: 'communication', count: 1 },
      ],
      quote: { text: 'explaining numbers to managers is the job', contact: 'Priya Shah' },
    });
    expect(insights.themes.find((theme) => theme.theme === 'organisations')).toMatchObject({ count: 1, topics: [{ label: 'Shopify', count: 1 }] });
  });

  it('lists referrals not yet contacted, and steps to thank, reach out, ask about what recurs and plan more', () => {
    const insights = journalInsights(contacts, interviews);
    expect(insights.pendingReferrals).toEqual([{ name: 'Sam Ortiz', suggestedBy: 'Dana Lee' }]);
    expect(insights.steps).toEqual([
      { kind: 'thank', contact: 'Priya Shah' },
      { kind: 'contact-referral', contact: 'Sam Ortiz', suggestedBy: 'Dana Lee' },
      { kind: 'ask-about', theme: 'skills', topic: 'data and spreadsheets', count: 2, plan: { target: 'occupation', subject: 'data analyst' } },
      { kind: 'plan-interview', interviews: 2, plan: { target: 'occupation', subject: 'data analyst' } },
    ]);
  });

  it('gives the same insights whatever order the journal is read in', () => {
    expect(journalInsights([...contacts].reverse(), [...interviews].reverse())).toEqual(journalInsights(contacts, interviews));
  });

  it('with thirty interviews, shows the top topics of each theme and stops suggesting more interviews', () => {
    const many = Array.from({ length: 30 }, (_, index) =>
      interview(
        `i${index}`,
        `c${index}`,
        1 + (index % 28),
        [
          'Networking got her in; she did a co-op at RBC.',
          'Learn SQL and Excel; the CPA helps.',
          'Long hours in busy season, the pay is good. Read the Morning Brew newsletter.',
        ][index % 3] ?? '',
      ),
    );
    const people = Array.from({ length: 30 }, (_, index) => contact(`c${index}`, `Person ${index}`, 'thanked'));
    const insights = journalInsights(people, many);
    expect(insights.themes.map((theme) => [theme.theme, theme.count])).toEqual([
      ['resources', 20],
      ['skills', 10],
      ['paths', 10],
      ['organisations', 10],
      ['work-life', 10],
    ]);
    for (const theme of insights.themes) expect(theme.topics.length).toBeLessThanOrEqual(TOPICS_SHOWN);
    expect(insights.steps.map((step) => step.kind)).toEqual(['ask-about']);
  });
});
