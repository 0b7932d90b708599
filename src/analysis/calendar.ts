// Calendar of planned events with their outcome. A plan is fulfilled by a later `occurred` event of the
// same source and target whose root is the plan's own root or the root of the deed it announces (the
// coder records `intent:042->036` when "will visit" is coded as 036, intent to meet: a 042 visit fulfils
// it), and whose date starts within the plan's date range (a season, month or
// day, read with timexRange) or up to GRACE_DAYS after it ends: a visit set for March that happens on
// 2 April still fulfils it, one a year later is a new event. Without one, the plan is overdue once its
// whole range has ended before the "as of" day, pending before that. Plans without a readable date stay
// pending.
import type { EventRecord } from '../core/event.js';
import { timexRange } from '../core/timex.js';
import type { OutcomeRow } from '../store/types.js';

export interface PlannedEntry {
  event: EventRecord;
  outcome: 'fulfilled' | 'pending' | 'overdue';
  fulfilledBy: string | null;
}

/** How long after the end of a plan's date range a matching event still counts as its outcome. */
export const GRACE_DAYS = 30;

const addDays = (day: string, n: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** The roots whose events fulfil a plan: its own and that of the announced deed (`intent:XYZ->...`). */
export function plannedRoots(plan: EventRecord): string[] {
  const roots = [plan.root];
  for (const rule of plan.rules ?? []) {
    const m = /^intent:(\d{2})\d*->/.exec(rule);
    if (m?.[1] && !roots.includes(m[1])) roots.push(m[1]);
  }
  return roots;
}

/** An occurred event as a plan's outcome is judged by (`EventStore.outcomeRows` gives these). */
export const outcomeRowOf = (e: EventRecord): OutcomeRow | null =>
  e.status === 'occurred' && e.date
    ? { id: e.id, source: e.source.code, target: e.target?.code ?? null, root: e.root, date: e.date }
    : null;

/** True when the occurred event `done` fulfils the plan `plan`. */
export function fulfils(plan: EventRecord, done: OutcomeRow): boolean {
  if (!plannedRoots(plan).includes(done.root)) return false;
  if (done.source !== plan.source.code) return false;
  if (done.target !== (plan.target?.code ?? null)) return false;
  const p = plan.date ? timexRange(plan.date) : null;
  const d = timexRange(done.date);
  if (!p || !d) return false;
  return d.start >= p.start && d.start <= addDays(p.end, GRACE_DAYS);
}

/** Planned events among `events`, each with its outcome as of the day `asOf` (`YYYY-MM-DD`). */
export function plannedCalendar(events: readonly EventRecord[], asOf: string): PlannedEntry[] {
  const done = events.flatMap((e) => outcomeRowOf(e) ?? []);
  return planOutcomes(
    events.filter((e) => e.status === 'planned'),
    done,
    asOf,
  );
}

/**
 * Each plan with its outcome as of `asOf`, judged against `done` (occurred events, in the order a plan
 * takes the first that fulfils it), sorted by date.
 */
export function planOutcomes(
  plans: readonly EventRecord[],
  done: readonly OutcomeRow[],
  asOf: string,
): PlannedEntry[] {
  // Candidates by source, target and root, each list in the order of `done`; a plan's first match is
  // the earliest (in that order) of the first matches in its roots' lists. Dates are read once.
  const byKey = new Map<string, Array<{ row: OutcomeRow; at: number; start: string | null }>>();
  done.forEach((row, at) => {
    const key = `${row.source}\u0000${row.target ?? ''}\u0000${row.root}`;
    const list = byKey.get(key) ?? [];
    list.push({ row, at, start: timexRange(row.date)?.start ?? null });
    byKey.set(key, list);
  });
  return plans
    .map((p): PlannedEntry => {
      const range = p.date ? timexRange(p.date) : null;
      let match: { row: OutcomeRow; at: number } | undefined;
      if (range) {
        const last = addDays(range.end, GRACE_DAYS);
        for (const root of plannedRoots(p)) {
          const key = `${p.source.code}\u0000${p.target?.code ?? ''}\u0000${root}`;
          const m = byKey
            .get(key)
            ?.find((c) => c.start !== null && c.start >= range.start && c.start <= last);
          if (m && (!match || m.at < match.at)) match = m;
        }
      }
      const outcome = match ? 'fulfilled' : range && range.end < asOf ? 'overdue' : 'pending';
      return { event: p, outcome, fulfilledBy: match?.row.id ?? null };
    })
    .sort((a, b) => (a.event.date ?? '').localeCompare(b.event.date ?? ''));
}
