/**
 * What people send, reduced before anything reads it: no NUL (which PostgreSQL's text refuses)
 * and none of the private-use characters Rapport keeps for its own marks (`user-text.ts`), so
 * nothing a person types can pass for Rapport's markup or tokens.
 *
 * @module
 */
import type { Envelope, Inbound } from './inbound.js';
import { withoutReserved } from './user-text.js';

/** `envelope` with every text a person wrote reduced by {@link withoutReserved}: the inbound's texts and values, and the display name. */
export function cleanEnvelope(envelope: Envelope): Envelope {
  return { ...envelope, actor: { ...envelope.actor, displayName: withoutReserved(envelope.actor.displayName) }, inbound: cleanInbound(envelope.inbound) };
}

function cleanInbound(inbound: Inbound): Inbound {
  switch (inbound.kind) {
    case 'command':
    case 'message':
      return { ...inbound, text: withoutReserved(inbound.text) };
    case 'structured-command':
      return { ...inbound, values: cleanValues(inbound.values) };
    case 'action':
      return {
        ...inbound,
        ...(inbound.selected === undefined ? {} : { selected: withoutReserved(inbound.selected) }),
        ...(inbound.values === undefined ? {} : { values: cleanValues(inbound.values) as Record<string, string> }),
      };
  }
}

function cleanValues(values: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).map(([name, value]) => [name, cleanValue(value)]));
}

function cleanValue(value: unknown): unknown {
  if (typeof value === 'string') return withoutReserved(value);
  if (Array.isArray(value)) return value.map(cleanValue);
  return value;
}
