/**
 * Dyad's library API: code articles into event records, read and write the store, score against gold.
 *
 *   import { codeArticle } from 'dyad';
 *   const { events } = codeArticle({ id: 'a1', text, published: '2026-01-03' });
 */
export type { Article } from './core/article.js';
export type { ActorRef, Doc, Mention, Quote, Sentence, TimeExpr, Token } from './core/doc.js';
export { EventRecord, EventStatus } from './core/event.js';
export type { Issue } from './core/issue.js';
export { timexConsistent, timexRange } from './core/timex.js';
export { GDELT_COLUMNS, toGdeltRow, toPlover } from './events/index.js';
export { readInputs } from './ingest/index.js';
export { defaultKb } from './kb/index.js';
export type { Kb } from './kb/types.js';
export { analyse, type CodedArticle, codeArticle, type Engine, loadEngine } from './pipeline/index.js';
export { type EventStore, openStore } from './store/index.js';
export { tagTimes } from './time/index.js';
