/** A slash command as a person types it in Discord's box, read for the fake Discord. */
export interface SlashLine {
  readonly command: string;
  readonly subcommand?: string;
  readonly values: Readonly<Record<string, string | number | boolean>>;
}

/**
 * Reads `/name [subcommand] option:value option:"two words"`: the first bare word after the
 * command is its subcommand; whole numbers and true or false are typed as Discord types them.
 */
export function parseSlashLine(line: string): SlashLine {
  const words = [
    ...line
      .trim()
      .replace(/^\//, '')
      .matchAll(/([\w-]+):(?:"([^"]*)"|(\S+))|(\S+)/g),
  ];
  const [first, ...rest] = words;
  const subcommand = rest[0]?.[4];
  const values: Record<string, string | number | boolean> = {};
  for (const [, name, quoted, bare] of subcommand === undefined ? rest : rest.slice(1)) {
    if (name !== undefined) values[name] = typed(quoted ?? bare ?? '');
  }
  return { command: first?.[4] ?? first?.[0] ?? '', ...(subcommand === undefined ? {} : { subcommand }), values };
}

function typed(value: string): string | number | boolean {
  if (/^-?\d{1,15}$/.test(value)) return Number(value);
  if (value === 'true' || value === 'false') return value === 'true';
  return value;
}
