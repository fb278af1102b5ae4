/**
 * Dates that cannot exist ("Feb 30", "April 31st", "2026-13-02"), which a parser would
 * otherwise skip over and read the rest of the text as some other time without a word.
 *
 * @module
 */
import { DateTime } from 'luxon';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'] as const;

/** A month written in full or shortened to three or more letters ("Feb", "Sept"). */
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const MONTH_THEN_DAY = new RegExp(`\\b${MONTH}\\s+${DAY}\\b(?!\\s*(?::|am\\b|pm\\b|h\\b))`, 'i');
const DAY_THEN_MONTH = new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH}(?![a-z])`, 'i');
const ISO_DATE = /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/;

/**
 * Why the date written in `text` does not exist, or undefined when every date in it could.
 * February 29 is allowed without a year (a leap year is never far off); with a year it must be one.
 */
export function impossibleDate(text: string): string | undefined {
  const iso = ISO_DATE.exec(text);
  if (iso !== null) {
    const [written = '', year, month, day] = iso;
    const date = DateTime.fromObject({ year: Number(year), month: Number(month), day: Number(day) });
    if (!date.isValid)
      return Number(month) < 1 || Number(month) > 12
        ? `"${written}" is not a date: there is no month ${Number(month)}.`
        : dayMessage(written, Number(month), Number(day), Number(year));
  }
  for (const pattern of [MONTH_THEN_DAY, DAY_THEN_MONTH]) {
    const match = pattern.exec(text);
    if (match === null) continue;
    const monthFirst = pattern === MONTH_THEN_DAY;
    const monthWord = (monthFirst ? match[1] : match[2]) ?? '';
    const day = Number(monthFirst ? match[2] : match[1]);
    const month = MONTHS.findIndex((name) => name.startsWith(monthWord.toLowerCase().replace('.', '').slice(0, 3))) + 1;
    if (month > 0 && (day < 1 || day > longestMonth(month))) return dayMessage(match[0].trim(), month, day);
  }
  return undefined;
}

/** The most days a month can have (February in a leap year). */
function longestMonth(month: number): number {
  return DateTime.fromObject({ year: 2028, month }).daysInMonth ?? 31;
}

function dayMessage(written: string, month: number, day: number, year?: number): string {
  const name = capitalized(MONTHS[month - 1] ?? 'that month');
  const days = year === undefined ? longestMonth(month) : (DateTime.fromObject({ year, month }).daysInMonth ?? 31);
  if (day < 1) return `"${written}" is not a date: days start at 1.`;
  const leap = month === 2 && year === undefined ? ' (29 in a leap year)' : '';
  return `"${written}" is not a date: ${name}${year === undefined ? '' : ` ${year}`} has ${month === 2 && year === undefined ? 28 : days} days${leap}.`;
}

function capitalized(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
