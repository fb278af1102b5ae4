/**
 * `npm run --silent slack:manifest [-- --http --url https://rapport.example.org | --socket-mode]`:
 * prints the Slack app manifest for this configuration (JSON) on standard output. Socket Mode
 * unless told `--http` or configured for HTTP (SLACK_SIGNING_SECRET without SLACK_APP_TOKEN);
 * HTTP mode needs the public URL, from `--url` or SLACK_PUBLIC_URL.
 */
import { parseArgs } from 'node:util';
import { COMMANDS } from '../../commands/index.js';
import { ConfigError, loadConfig } from '../../src/config.js';
import { readEnvironmentForCommandLine } from '../../src/env-file.js';
import { slackCommandNames } from './command-names.js';
import { slackManifest } from './manifest.js';
import { exitWithLine } from '../../src/cli-exit.js';

try {
  const { values } = parseArgs({ options: { http: { type: 'boolean' }, 'socket-mode': { type: 'boolean' }, url: { type: 'string' } } });
  readEnvironmentForCommandLine();
  const config = loadConfig();
  const configuredForHttp = config.slack !== undefined && config.slack.appToken === undefined;
  const socketMode = values['socket-mode'] === true || (values.http !== true && !configuredForHttp);
  const publicUrl = values.url ?? config.slackApp.publicUrl;
  if (!socketMode && publicUrl === undefined) {
    exitWithLine(
      'HTTP mode needs the public URL Slack will send requests to: pass --url https://rapport.example.org (or set SLACK_PUBLIC_URL), or print a Socket Mode manifest with --socket-mode, which needs no public URL.',
    );
  }
  if (publicUrl !== undefined && !/^https?:\/\//.test(publicUrl))
    exitWithLine(`--url must be a full URL such as https://rapport.example.org, not "${publicUrl}".`);
  const names = slackCommandNames(
    COMMANDS.map((command) => command.name),
    config.slackApp.commandNames,
  );
  const manifest = slackManifest(COMMANDS, names, socketMode ? { socketMode: true } : { socketMode: false, publicUrl: publicUrl ?? '' });
  process.stdout.write(`${JSON.stringify(manifest, null, 2)}\n`);
} catch (error) {
  exitWithLine(`${error instanceof ConfigError ? 'Configuration error: ' : ''}${error instanceof Error ? error.message : String(error)}`);
}
