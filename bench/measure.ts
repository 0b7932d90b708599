// Small helpers for the benchmark: timing and peak memory.

export interface Rate {
  seconds: number;
  articlesPerSecond: number;
  sentencesPerSecond?: number;
  mbPerSecond: number;
  eventsPerSecond?: number;
}

export const peakRssMb = (): number => Math.round(process.resourceUsage().maxRSS / 1024);

export function rate(
  seconds: number,
  articles: number,
  bytes: number,
  extra: { sentences?: number; events?: number } = {},
): Rate {
  const s = Math.max(seconds, 1e-9);
  return {
    seconds: round(seconds, 3),
    articlesPerSecond: round(articles / s, 1),
    ...(extra.sentences !== undefined && { sentencesPerSecond: round(extra.sentences / s, 0) }),
    mbPerSecond: round(bytes / 1e6 / s, 3),
    ...(extra.events !== undefined && { eventsPerSecond: round(extra.events / s, 1) }),
  };
}

export const round = (x: number, digits: number): number => Math.round(x * 10 ** digits) / 10 ** digits;

export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
