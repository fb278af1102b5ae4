import { randomBytes } from 'node:crypto';

/** `bytes` cryptographically random bytes as text (base64url or hex), for ids. */
export function randomText(bytes: number, encoding: 'base64url' | 'hex'): string {
  return randomBytes(bytes).toString(encoding);
}
