import { EVAL_QUESTIONS, FRESH_QUESTIONS, UNSEEN_QUESTIONS } from '/work/wt/i16/eval/practice/question-set.js';
import { classifyQuestion } from '/work/wt/i16/src/domain/practice/understand/topic.js';
const acc = (set: readonly { text: string; topic: string; also?: string }[]) => set.filter((q) => { const g = classifyQuestion(q.text); return g === q.topic || g === q.also; }).length;
const which = process.env.SETS ?? 'main';
const out = [`main ${acc(EVAL_QUESTIONS)}/${EVAL_QUESTIONS.length}`];
if (which.includes('fresh')) out.push(`fresh ${acc(FRESH_QUESTIONS)}/${FRESH_QUESTIONS.length}`);
if (which.includes('unseen')) out.push(`unseen ${acc(UNSEEN_QUESTIONS)}/${UNSEEN_QUESTIONS.length}`);
console.log(JSON.stringify(Object.fromEntries(['UW','MK','MS','BS','RS','SH'].map(k=>[k,process.env[k]]).filter(([,v])=>v))), out.join(' '));
