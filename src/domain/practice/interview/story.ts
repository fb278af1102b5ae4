/**
 * The persona's own story: one per rehearsal (chosen by the seed), told in full the first
 * time the student asks how they got here and only referred to afterwards, so it never
 * changes in the middle of a conversation.
 */
import { pickIndex } from '../rehearsal-random.js';

/** A career story: the full telling and a short recap to refer back to it. */
export interface Story {
  told: string;
  recap: string;
}

/** The stories a persona can have (templates with `{field}` and field-profile placeholders). */
export const STORIES: readonly [Story, ...Story[]] = [
  {
    told: "It wasn't a straight line. I studied something next door to {field}, took a contract role that touched on it, and found I liked the problem-solving more than anything else I'd tried. A mentor pushed me to apply for a junior position, and I grew from there.",
    recap: 'I came in sideways, through a contract role and a mentor who pushed me',
  },
  {
    told: 'I started in a support role, answering the questions nobody else had time for. That turned out to be the best training: I learned how {field} really works before I had the title. After two years I moved into the role I have now.',
    recap: 'I started in a support role and learned the work before I had the title',
  },
  {
    told: 'I came in through a co-op placement during school. The team kept me on part-time, and by graduation I already knew the tools and the people. Looking back, that placement mattered more than any single course.',
    recap: 'my co-op placement turned into my first job',
  },
  {
    told: 'I changed careers at thirty. I had worked in retail management for years, took evening courses in {field}, and used my people skills to land a first job in {field}. The first year was humbling, but the earlier career helped more than I expected.',
    recap: 'I switched in from retail management through evening courses',
  },
];

/** The story of a rehearsal, fixed by its seed. */
export function storyOf(seed: number): Story {
  return STORIES[pickIndex(seed, 'story', STORIES.length)] ?? STORIES[0];
}
