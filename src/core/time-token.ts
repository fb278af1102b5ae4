import { TOKEN_MARK } from './user-text.js';

/**
 * A moment inside reply text that each platform can show in the reader's own time zone:
 * Discord as `<t:UNIX:f>`, Slack as `<!date^UNIX^...|fallback>`, the console as the fallback
 * (already written in the student's zone). Written `<t:UNIX|fallback>` after Rapport's token
 * mark, which nobody can send (`user-text.ts`).
 */
const TIME_TOKEN = new RegExp(`${TOKEN_MARK}<t:(\\d{1,12})\\|([^>]*)>`, 'g');

/** The pattern of one time token, for a renderer that must keep tokens whole (never split one across messages). */
export const TIME_TOKEN_SOURCE = TIME_TOKEN.source;

/** Marks a moment in reply text; `fallback` is how it reads in the student's own zone. */
export function timeToken(at: Date, fallback: string): string {
  return `${TOKEN_MARK}<t:${Math.floor(at.getTime() / 1000)}|${fallback.replace(/>/g, '')}>`;
}

/** Rewrites every time token in `text` with `render(unixSeconds, fallback)`. */
export function replaceTimeTokens(text: string, render: (unixSeconds: number, fallback: string) => string): string {
  return text.replace(TIME_TOKEN, (_, seconds: string, fallback: string) => render(Number(seconds), fallback));
}
