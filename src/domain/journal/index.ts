/**
 * The journal domain: contact stages, logged events and thank-you drafts.
 *
 * @module
 */
export * from './stages.js';
export * from './events.js';
export * from './thank-you-draft.js';
