/** Calendar arithmetic on `YYYY-MM-DD` days, in UTC. */

export const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export const toDay = (d: Date): string => d.toISOString().slice(0, 10);

export const parseDay = (day: string): Date => new Date(`${day}T00:00:00Z`);

export function addDays(day: string, n: number): string {
  const d = parseDay(day);
  d.setUTCDate(d.getUTCDate() + n);
  return toDay(d);
}

/** ISO 8601 week value (`2026-W01`) of a day: the week of its Thursday, numbered from the week of 4 January. */
export function isoWeek(day: string): string {
  const thursday = parseDay(day);
  thursday.setUTCDate(thursday.getUTCDate() - ((thursday.getUTCDay() + 6) % 7) + 3);
  const year = thursday.getUTCFullYear();
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const firstThursday = new Date(jan4);
  firstThursday.setUTCDate(jan4.getUTCDate() - ((jan4.getUTCDay() + 6) % 7) + 3);
  const week = 1 + Math.round((thursday.getTime() - firstThursday.getTime()) / (7 * 86_400_000));
  return `${year}-W${pad(week)}`;
}

/** The weekday (0 = Sunday) nearest to `dct` in the given direction; `dct` itself counts. */
export function weekdayFrom(dct: string, weekday: number, direction: 'past' | 'future'): string {
  const d = parseDay(dct);
  const diff =
    direction === 'past' ? -((d.getUTCDay() - weekday + 7) % 7) : (weekday - d.getUTCDay() + 7) % 7;
  return addDays(dct, diff);
}
