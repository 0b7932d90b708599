import * as chrono from 'chrono-node';
import type { TimeExpr } from '../core/doc.js';
import type { Span } from '../core/span.js';
import { pad, weekdayFrom } from './calendar.js';
import { timeLexicon } from './lexicon.js';
import type { Tense, TimeOptions } from './types.js';

const RELATIVE_DURATION =
  /^(?:(?:the\s+)?(?:past|next|last|coming|previous|following)\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|several|\d+)\s+(?:second|minute|hour|day|week|month|year|decade)s?(?:\s+(?:earlier|before|after|later|from now))?$/i;

/** Words chrono includes that a TIMEX3 extent leaves out. */
const LEADING = /^(on|in|at|by|since|from|during|until|till|before|after|of|the)\s+/i;

/**
 * Calendar dates found by chrono-node ("on Friday", "January 2, 2026", "November 25", "in April",
 * "yesterday", "next month"), normalised against the publication date: a date given without its year,
 * or a weekday alone, is placed before or after publication by the tense of its clause.
 */
export function chronoDates(text: string, dct: string, options: TimeOptions): TimeExpr[] {
  const instant = new Date(`${dct}T12:00:00Z`);
  const out: TimeExpr[] = [];
  for (const r of chrono.en.parse(text, { instant, timezone: 0 })) {
    let start = r.index;
    let words = r.text;
    while (LEADING.test(words)) {
      const m = LEADING.exec(words)!;
      start += m[0].length;
      words = words.slice(m[0].length);
    }
    words = words.replace(/[\s,.;:]+$/, '');
    if (!words || /^for\b/i.test(r.text)) continue;
    // Not dates: a lower-case weekday ("sat" the verb), a fraction ("1/2"), and spans that are a
    // duration counted from somewhere ("a month earlier", "the past two years", "eight years from now"),
    // which the duration rule tags as such.
    if (/^[a-z]+$/.test(words) && r.start.isCertain('weekday') && !r.start.isCertain('month')) continue;
    if (/^\d{1,2}\/\d{1,2}$/.test(words)) continue;
    if (RELATIVE_DURATION.test(words)) continue;
    const span: Span = { start, end: start + words.length };
    const value = normalise(r.start, dct, () => options.tense?.(span) ?? null);
    if (!value) continue;
    out.push({ ...span, text: words, ...timeOfDay(r.start, words, value), rule: 'chrono' });
  }
  return out;
}

type Components = chrono.ParsedComponents;

/**
 * A day with a clock time or a part of the day is a TIME in TIMEX3: "15:00 GMT Saturday" →
 * 2013-03-23T15:00, "Friday afternoon" → 2013-03-22TAF.
 */
function timeOfDay(c: Components, words: string, value: string): { type: 'DATE' | 'TIME'; value: string } {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return { type: 'DATE', value };
  if (c.isCertain('hour')) {
    return { type: 'TIME', value: `${value}T${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}` };
  }
  const part = timeLexicon().partsOfDay.get(/(\w+)$/.exec(words)?.[1]?.toLowerCase() ?? '');
  return part ? { type: 'TIME', value: `${value}T${part}` } : { type: 'DATE', value };
}

function normalise(c: Components, dct: string, tense: () => Tense | null): string | null {
  const known = (k: chrono.Component) => c.isCertain(k);
  const year = c.get('year');
  const month = c.get('month');
  const day = c.get('day');
  if (year === null || month === null) return null;
  const [dy, dm, dd] = dct.split('-').map(Number) as [number, number, number];
  // Past clauses look back from publication, future ones forward; a present clause ("proposing late
  // March") takes the nearest such date, as chrono implies it.
  const t = tense();
  const direction = (): 'past' | 'future' | 'nearest' =>
    t === 'future' ? 'future' : t === 'present' ? 'nearest' : 'past';
  if (known('day') && known('month')) {
    if (known('year')) return `${pad(year, 4)}-${pad(month)}-${pad(day ?? 1)}`;
    const md = month * 100 + (day ?? 1);
    const dctMd = dm * 100 + dd;
    const dir = direction();
    const y =
      dir === 'nearest' ? year : dir === 'past' ? (md <= dctMd ? dy : dy - 1) : md >= dctMd ? dy : dy + 1;
    return `${pad(y, 4)}-${pad(month)}-${pad(day ?? 1)}`;
  }
  if (known('weekday') && !known('month')) {
    const wd = c.get('weekday');
    if (wd === null) return null;
    // "on Friday" with a clock time but no other date is still the day.
    return weekdayFrom(dct, wd, direction() === 'future' ? 'future' : 'past');
  }
  if (known('month')) {
    if (known('year')) return `${pad(year, 4)}-${pad(month)}`;
    const dir = direction();
    const y =
      dir === 'nearest' ? year : dir === 'past' ? (month <= dm ? dy : dy - 1) : month >= dm ? dy : dy + 1;
    return `${pad(y, 4)}-${pad(month)}`;
  }
  if (known('year')) return pad(year, 4);
  // Relative days chrono resolved itself ("yesterday", "two days ago").
  if (day !== null) return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  return null;
}
