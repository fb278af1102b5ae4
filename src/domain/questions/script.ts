import type { PlannedQuestion, QuestionPlan } from './plan-types.js';
import { describePurpose } from './purpose.js';
import { TARGET_LABELS } from './question-types.js';

/** The parts of the 30-second introduction, in speaking order. */
export type IntroSlot = 'name' | 'connection' | 'background' | 'goal' | 'time-check';

/** One sentence of the introduction; square brackets mark what the student fills in. */
export interface IntroLine {
  slot: IntroSlot;
  text: string;
}

/** A numbered question with its follow-ups. */
export interface ScriptQuestion {
  number: number;
  text: string;
  probes: readonly string[];
  /** Where the question came from, when that is worth knowing, and any care it needs. */
  note?: string;
}

/** A heading and its questions. */
export interface ScriptSection {
  heading: string;
  questions: ScriptQuestion[];
}

/** A printable interview script built from a plan. */
export interface InterviewScript {
  title: string;
  /** The one-line reminder from the plan. */
  opener: string;
  introduction: { seconds: number; lines: IntroLine[] };
  sections: ScriptSection[];
  /** The closing lines, in order: catch-all, referral ask, permission, thanks. */
  closing: string[];
}

/** How long the introduction should take when spoken. */
const INTRO_SECONDS = 30;

/** Notes shown under questions that did not come straight from the bank. */
const SOURCE_NOTES: Readonly<Partial<Record<PlannedQuestion['source'], string>>> = {
  advisor: 'suggested by your advisor',
  'follow-up': 'goes deeper on a question you have already had answered',
};

/** Notes shown under questions to ask with care, once the conversation has some warmth. */
const CARE_NOTES: Readonly<Record<NonNullable<PlannedQuestion['sensitivity']>, string>> = {
  salary: 'about the field, not their own pay: ask it gently, later in the conversation',
  personal: 'personal: ask it gently, and let them choose how much to share',
};

/** The notes for a question: where it came from when that is worth knowing, and any care it needs. */
export function questionNotes(question: PlannedQuestion): readonly string[] {
  const source = SOURCE_NOTES[question.source];
  const care = question.sensitivity === undefined ? undefined : CARE_NOTES[question.sensitivity];
  if (source === undefined) return care === undefined ? NO_NOTES : [care];
  return care === undefined ? [source] : [source, care];
}

const NO_NOTES: readonly string[] = [];

/** The introduction, with the student's name filled in when known. */
function introduction(plan: QuestionPlan, studentName: string | undefined): IntroLine[] {
  const name = studentName?.trim();
  return [
    { slot: 'name', text: `Hi, my name is ${name === undefined || name === '' ? '[your name]' : name}.` },
    { slot: 'connection', text: '[How you found them: who suggested you get in touch, or where you saw their work.]' },
    { slot: 'background', text: "I'm [one line about you: your program and year, or what you do now]." },
    {
      slot: 'goal',
      text: `I'm trying to understand ${describePurpose(plan.target, plan.subject)}, and I'd especially like to hear about [what you most hope to learn].`,
    },
    { slot: 'time-check', text: `Is this still a good time for about ${plan.budgetMinutes} minutes?` },
  ];
}

/** Numbers questions on from `start` and attaches their notes. */
function numbered(questions: readonly PlannedQuestion[], start: number): ScriptQuestion[] {
  return questions.map((question, index) => {
    const notes = questionNotes(question);
    return {
      number: start + index,
      text: question.text,
      probes: question.probes,
      ...(notes.length === 0 ? {} : { note: notes.join('; ') }),
    };
  });
}

/**
 * Turns a plan into a script: a title, the opener, a 30-second introduction with slots to
 * fill, the questions numbered through their tiers (must ask, should ask, if time allows), and the close.
 */
export function buildInterviewScript(plan: QuestionPlan, studentName?: string): InterviewScript {
  const tiers = [
    { heading: 'Must ask', questions: plan.mustAsk },
    { heading: 'Should ask', questions: plan.shouldAsk ?? [] },
    { heading: 'If time allows', questions: plan.ifTimeAllows },
  ];
  const sections: ScriptSection[] = [];
  let next = 1;
  for (const { heading, questions } of tiers) {
    if (questions.length === 0) continue;
    sections.push({ heading, questions: numbered(questions, next) });
    next += questions.length;
  }
  return {
    title: `Informational interview: ${plan.subject} (${TARGET_LABELS[plan.target].toLowerCase()}, ${plan.budgetMinutes} minutes)`,
    opener: plan.opener,
    introduction: { seconds: INTRO_SECONDS, lines: introduction(plan, studentName) },
    sections,
    closing: plan.closing.map((question) => question.text),
  };
}

/**
 * A plain printable version of a script: headings on their own lines, numbered questions,
 * follow-ups indented with "–", notes in brackets, and a bulleted close.
 */
export function scriptToText(script: InterviewScript): string {
  const lines = [script.title, '', 'Before you start', script.opener, ''];
  lines.push(`Introduction (about ${script.introduction.seconds} seconds)`);
  lines.push(...script.introduction.lines.map((line) => line.text), '');
  for (const section of script.sections) {
    lines.push(section.heading);
    for (const question of section.questions) {
      lines.push(`${question.number}. ${question.text}`);
      if (question.note !== undefined) lines.push(`   (${question.note})`);
      lines.push(...question.probes.map((probe) => `   – ${probe}`));
    }
    lines.push('');
  }
  lines.push('Closing', ...script.closing.map((line) => `- ${line}`));
  return `${lines.join('\n')}\n`;
}
