// Calendar of planned events with their outcome: fulfilled when a later reported (non-planned) event of
// the same dyad and root exists on or after the planned date, overdue when the planned date is before
// `today` without one, pending otherwise.
import type { EventRecord } from '../core/event.js';

export interface PlannedEntry {
  event: EventRecord;
  outcome: 'fulfilled' | 'pending' | 'overdue';
  fulfilledBy: string | null;
}

export function plannedCalendar(events: readonly EventRecord[], today: string): PlannedEntry[] {
  const done = events.filter((e) => e.status !== 'planned' && e.date);
  return events
    .filter((e) => e.status === 'planned')
    .map((p) => {
      const match = done.find(
        (e) =>
          e.root === p.root &&
          e.source.code === p.source.code &&
          (e.target?.code ?? null) === (p.target?.code ?? null) &&
          (!p.date || (e.date ?? '') >= p.date.slice(0, 10)),
      );
      const outcome = match ? 'fulfilled' : p.date && p.date.slice(0, 10) < today ? 'overdue' : 'pending';
      return { event: p, outcome, fulfilledBy: match?.id ?? null } as PlannedEntry;
    })
    .sort((a, b) => (a.event.date ?? '').localeCompare(b.event.date ?? ''));
}
