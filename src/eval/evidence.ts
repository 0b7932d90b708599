import type { Span } from '../core/span.js';
import type { PredictedEvent } from './predicted.js';

/**
 * How far a prediction's evidence covers the gold evidence: the share of the gold evidence's
 * characters inside the predicted span when both can be placed in the text, else the share of the
 * gold evidence's words found in the predicted evidence. Only a tie-breaker for matching: FORMAT.md
 * matches on actors, codes and dates, never on evidence.
 */
export function evidenceCover(text: string, goldEvidence: string, p: PredictedEvent): number {
  const gold = goldEvidence.trim();
  if (gold === '' || !p.evidence) return 0;
  const g = locate(text, gold);
  const s = predictedSpan(text, p.evidence);
  if (g && s) {
    const inside = Math.min(g.end, s.end) - Math.max(g.start, s.start);
    return Math.max(0, inside) / (g.end - g.start);
  }
  const words = wordsOf(gold);
  if (words.length === 0) return 0;
  const have = new Set(wordsOf(p.evidence.text));
  return words.filter((w) => have.has(w)).length / words.length;
}

const wordsOf = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** The first place `needle` occurs in `text`, or null. */
function locate(text: string, needle: string): Span | null {
  const at = text.indexOf(needle);
  return at < 0 ? null : { start: at, end: at + needle.length };
}

/** The predicted evidence's span: its offsets when they point at its text, else where its text occurs. */
function predictedSpan(text: string, ev: NonNullable<PredictedEvent['evidence']>): Span | null {
  const { start, end } = ev;
  if (start !== undefined && end !== undefined && end > start && text.slice(start, end) === ev.text) {
    return { start, end };
  }
  return ev.text.trim() === '' ? null : locate(text, ev.text);
}
