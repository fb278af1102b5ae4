/**
 * A person written on one line, as students write referrals and contacts:
 * "Jordan Lee, UX researcher at SickKids", "Sam Ortiz (Shopify)", "Priya Shah - nurse".
 *
 * @module
 */

/** A person read from one line: the name, and the role and organisation when the line gives them. */
export interface PersonLine {
  readonly name: string;
  readonly role?: string;
  readonly organization?: string;
}

/** Where the name ends and the description begins: a comma, a dash between spaces, or an opening bracket. */
const NAME_END = /\s*(?:,|\s[-–—]\s|\()\s*/u;

/** Where a role ends and its organisation begins: the first " at " or " @ ". */
const AT = /\s+(?:at|@)\s+/iu;

/**
 * Splits a line into name, role and organisation. Everything before the first comma (or
 * dash, or bracket) is the name, as written; after it, "role at organisation", a role alone, or
 * "at organisation". Nothing is guessed from the words of the name itself.
 */
export function readPersonLine(line: string): PersonLine {
  const text = line.trim().replace(/\s+/g, ' ');
  const end = NAME_END.exec(text);
  if (end === null || end.index === 0) return { name: text };
  const name = text.slice(0, end.index).trim();
  const description = text
    .slice(end.index + end[0].length)
    .replace(/\)\s*$/u, '')
    .trim();
  if (description === '') return { name };
  const atOrg = /^(?:at|@)\s+(.+)$/iu.exec(description);
  if (atOrg?.[1] !== undefined) return { name, organization: atOrg[1].trim() };
  const at = AT.exec(description);
  if (at === null) return { name, role: description };
  const role = description.slice(0, at.index).trim();
  const organization = description.slice(at.index + at[0].length).trim();
  return { name, ...(role === '' ? {} : { role }), ...(organization === '' ? {} : { organization }) };
}
