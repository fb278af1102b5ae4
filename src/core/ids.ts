import { randomText } from './random-text.js';

/**
 * A new random row id with a readable prefix (`c_` contact, `r_` reminder...). Short enough
 * to ride in a button's payload, random enough (64 bits) never to collide in practice.
 */
export function newId(prefix: string): string {
  return `${prefix}_${randomText(8, 'base64url')}`;
}
