import { timexConsistent } from '../core/timex.js';
import type { GoldEvent, MustNot } from './gold.js';
import type { PredictedEvent } from './predicted.js';

/** The match rules of FORMAT.md, one small predicate each. See docs/eval.md for the decisions. */

/** The country part of an actor code: its first three letters (`IGOUNO` → `IGO`). */
export const countryOf = (code: string): string => code.slice(0, 3);

/** The root of a CAMEO code: its first two digits. */
export const rootOf = (code: string): string => code.slice(0, 2);

/** Root level: same country part, and a null gold target only matches a null predicted target. */
export const sameCountry = (gold: string | null, predicted: string | null): boolean =>
  gold === null || predicted === null ? gold === predicted : countryOf(gold) === countryOf(predicted);

/**
 * Full level: a gold code of three letters matches any role of that country; a longer gold code
 * must be the whole predicted code or its start in three-letter groups (`USAGOV` accepts `USAGOV`,
 * not `USAMIL` nor `USA`).
 */
export const sameActor = (gold: string | null, predicted: string | null): boolean => {
  if (gold === null || predicted === null) return gold === predicted;
  return predicted.startsWith(gold) && (predicted.length - gold.length) % 3 === 0;
};

type ActorTest = (gold: string | null, predicted: string | null) => boolean;

/** The direction(s) in which the prediction's actors agree with the gold dyad, or none. */
export function dyadAgrees(
  gold: { source: string; target: string | null; symmetric: boolean },
  p: PredictedEvent,
  test: ActorTest,
): 'same' | 'reversed' | null {
  const ps = p.source.code;
  const pt = p.target?.code ?? null;
  if (test(gold.source, ps) && test(gold.target, pt)) return 'same';
  if (gold.symmetric && gold.target !== null && test(gold.source, pt) && test(gold.target, ps))
    return 'reversed';
  return null;
}

/** Codes the gold accepts: `code` then `alt_codes`. */
const accepted = (g: GoldEvent): string[] => [g.code, ...g.alt_codes];

export const rootAccepted = (g: GoldEvent, p: PredictedEvent): boolean =>
  accepted(g).some((c) => rootOf(c) === rootOf(p.code));

export const codeAccepted = (g: GoldEvent, p: PredictedEvent): boolean => accepted(g).includes(p.code);

export const dateConsistent = (g: GoldEvent, p: PredictedEvent): boolean => timexConsistent(p.date, g.date);

/** Root match: same countries (either order when symmetric) and a root of `code` or `alt_codes`. */
export const rootMatch = (g: GoldEvent, p: PredictedEvent): boolean =>
  rootAccepted(g, p) && dyadAgrees(g, p, sameCountry) !== null;

/** Why a root-matched pair is not a strict match: the failed conditions, empty when it is one. */
export function strictFailures(g: GoldEvent, p: PredictedEvent): Array<'actors' | 'code' | 'date'> {
  const out: Array<'actors' | 'code' | 'date'> = [];
  if (dyadAgrees(g, p, sameActor) === null) out.push('actors');
  if (!codeAccepted(g, p)) out.push('code');
  if (!dateConsistent(g, p)) out.push('date');
  return out;
}

/** Strict match: a root match whose actors, full code and date all agree too. */
export const strictMatch = (g: GoldEvent, p: PredictedEvent): boolean =>
  rootMatch(g, p) && strictFailures(g, p).length === 0;

/** A must_not entry the prediction contains: its root, and its actors (country part or full code). */
export const violates = (m: MustNot, p: PredictedEvent): boolean =>
  rootOf(p.code) === m.root && dyadAgrees(m, p, sameActor) !== null;
