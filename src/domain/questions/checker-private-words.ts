/**
 * Words for the person's body and its care, shared by the privacy rule that flags a question
 * about them (`checker-privacy.ts`) and the guard that keeps them out of every rewrite
 * (`checker-private-guard.ts`). Kept to words that name the body or a treatment in any
 * sentence: "your feet", "your eyes" and "your operation" are left out, as "on your feet all
 * day", "in your eyes" and "how big is your operation" are fair questions.
 */

/** A part of the body, a treatment, what ails it. */
export const BODY_AND_TREATMENT = String.raw`body|back|necks?|knees?|hips?|shoulders?|wrists?|ankles?|lungs?|eyesight|cancer|chemo(?:therapy)?|surgery|symptoms|pain|allerg(?:y|ies)|recovery`;

/** Words that may stand between "your" and a private noun: "your own family", "your bad knee". */
export const PRIVATE_QUALIFIER = String.raw`own|personal|private|bad|sore|injured|broken|weak|poor|chronic|recent|old|current|ongoing|failing|physical|mental`;

/** What follows such a noun when it is not about the body: "your back office", "your pain points", "your recovery plan". */
export const NOT_THE_BODY = String.raw`office|end|points?|room|catalogue|list|log|plans?|story|stories`;
