import { pino, type Logger } from 'pino';

/**
 * The process logger: JSON lines on standard error, so standard output carries nothing but
 * replies (a scripted console conversation pipes it).
 */
export function createLogger(level: string): Logger {
  return pino({ level, base: { app: 'rapport' } }, pino.destination({ dest: 2, sync: true }));
}

/** A logger that drops everything, for tests. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
