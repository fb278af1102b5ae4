import { EVAL_QUESTIONS } from './question-set.js';
import { classifyQuestion } from '../../src/domain/practice/understand/topic.js';
for (const q of EVAL_QUESTIONS) { const g = classifyQuestion(q.text); if (g !== q.topic && g !== q.also) console.log(`[${q.topic} -> ${g}] ${q.text}`); }
