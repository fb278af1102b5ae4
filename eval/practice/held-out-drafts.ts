/**
 * Every held-out draft batch, oldest first: drafts-unseen and drafts-unseen-2 (each measured
 * blind, then learnt from) and drafts-unseen-3 (written sealed and measured once). Their
 * targets hold draft by draft (test/domain/practice/unseen-drafts.test.ts), and each is signed
 * by every signer in the fairness check.
 */
import { UNSEEN_DRAFTS, type UnseenDraft } from './drafts-unseen/index.js';
import { UNSEEN_2_DRAFTS } from './drafts-unseen-2/index.js';
import { UNSEEN_3_DRAFTS } from './drafts-unseen-3/index.js';

/** The drafts of every held-out batch. */
export const HELD_OUT_DRAFTS: readonly UnseenDraft[] = [...UNSEEN_DRAFTS, ...UNSEEN_2_DRAFTS, ...UNSEEN_3_DRAFTS];
