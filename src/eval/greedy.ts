/**
 * Greedy best-match-first assignment: every candidate pair is ranked by its key (compared element by
 * element, higher first; ties keep gold order, then prediction order) and taken when neither side is
 * taken yet. Each gold item and each prediction ends in at most one pair.
 */
export interface Candidate {
  gold: number;
  predicted: number;
  key: readonly number[];
}

export interface Pair {
  gold: number;
  predicted: number;
}

const byKey = (a: Candidate, b: Candidate): number => {
  const n = Math.max(a.key.length, b.key.length);
  for (let i = 0; i < n; i++) {
    const d = (b.key[i] ?? 0) - (a.key[i] ?? 0);
    if (d !== 0) return d;
  }
  return a.gold - b.gold || a.predicted - b.predicted;
};

export function greedyMatch(
  candidates: readonly Candidate[],
  takenPredictions?: ReadonlySet<number>,
): Pair[] {
  const goldTaken = new Set<number>();
  const predTaken = new Set<number>(takenPredictions);
  const pairs: Pair[] = [];
  for (const c of [...candidates].sort(byKey)) {
    if (goldTaken.has(c.gold) || predTaken.has(c.predicted)) continue;
    goldTaken.add(c.gold);
    predTaken.add(c.predicted);
    pairs.push({ gold: c.gold, predicted: c.predicted });
  }
  return pairs;
}
