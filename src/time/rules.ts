import type { TimeExpr } from '../core/doc.js';
import { addDays, isoWeek } from './calendar.js';
import type { TimeLexicon } from './lexicon.js';
import type { TimeOptions } from './types.js';

const alt = (words: Iterable<string>): string => [...words].sort((a, b) => b.length - a.length).join('|');

/** Seasons: "this spring", "in the spring", "winter 2025", "next summer". */
export function seasons(text: string, dct: string, lex: TimeLexicon, options: TimeOptions): TimeExpr[] {
  const re = new RegExp(
    `\\b(?:(this|next|last|the|in|early|late|mid|during|by)\\s+)?(${alt(lex.seasons.keys())})(?:\\s+(?:of\\s+)?(\\d{4}))?\\b`,
    'gi',
  );
  const out: TimeExpr[] = [];
  const year = Number(dct.slice(0, 4));
  for (const m of text.matchAll(re)) {
    const [, before, word, explicit] = m;
    // "fall" is a season only where a season can stand: after a determiner or preposition, or before a year.
    if (!before && !explicit) continue;
    const code = lex.seasons.get(word!.toLowerCase())!;
    let y = explicit ? Number(explicit) : year;
    const rel = before?.toLowerCase();
    if (!explicit && rel === 'next') y = year + 1;
    if (!explicit && rel === 'last') y = year - 1;
    if (!explicit && rel !== 'this' && rel !== 'next' && rel !== 'last') {
      const tense = options.tense?.({ start: m.index, end: m.index + m[0].length });
      const seasonStart = `${y}-${({ SP: '03', SU: '06', FA: '09', WI: '12' } as Record<string, string>)[code]}-01`;
      if (tense === 'past' && seasonStart > dct) y -= 1;
    }
    const keepWord = rel === 'this' || rel === 'next' || rel === 'last';
    const start = keepWord ? m.index : m.index + m[0].indexOf(word!);
    out.push({
      start,
      end: m.index + m[0].length,
      text: text.slice(start, m.index + m[0].length),
      type: 'DATE',
      value: `${y}-${code}`,
      rule: 'season',
    });
  }
  return out;
}

/** "this year", "last week", "next month", "earlier this year", "the past year" (as a date). */
export function relativePeriods(text: string, dct: string): TimeExpr[] {
  const out: TimeExpr[] = [];
  for (const m of text.matchAll(
    /\b(?:(earlier|later)\s+)?(this|last|next|coming)\s+(?:fiscal\s+)?(week|month|year)\b/gi,
  )) {
    const rel = m[2]!.toLowerCase();
    const unit = m[3]!.toLowerCase();
    const shift = rel === 'last' ? -1 : rel === 'next' || rel === 'coming' ? 1 : 0;
    const value = periodValue(unit, dct, shift);
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      type: 'DATE',
      value,
      rule: 'relative-period',
      ...(m[1] && { mod: m[1].toLowerCase() === 'earlier' ? ('START' as const) : ('END' as const) }),
    });
  }
  return out;
}

/** Years ("in 2026", "the 1912 gift") and decades ("the 1990s"). */
export function years(text: string): TimeExpr[] {
  const out: TimeExpr[] = [];
  for (const m of text.matchAll(
    /(?<![\d,.$€£-])\b(1[5-9]\d{2}|20\d{2})(s)?\b(?![,.]?\d)(?!\s*(?:%|per\s?cent|people|troops|km|kilomet|miles|tonnes|dollars))/gi,
  )) {
    const value = m[2] ? m[1]!.slice(0, 3) : m[1]!;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      type: 'DATE',
      value,
      rule: m[2] ? 'decade' : 'year',
    });
  }
  return out;
}

/** Durations: "for about 25 minutes", "nearly two years", "an 18-month siege". */
export function durations(text: string, lex: TimeLexicon): TimeExpr[] {
  const numbers = alt(lex.numbers.keys());
  const units = alt(lex.units.keys());
  const re = new RegExp(
    `\\b(?:(about|nearly|almost|around|some|roughly|over|more than|less than|up to)\\s+)?(\\d+(?:\\.\\d+)?|${numbers})[- ](${units})s?\\b`,
    'gi',
  );
  const out: TimeExpr[] = [];
  for (const m of text.matchAll(re)) {
    const raw = m[2]!.toLowerCase();
    const n = /^\d/.test(raw) ? raw : String(lex.numbers.get(raw) ?? 'X');
    const unit = lex.units.get(m[3]!.toLowerCase())!;
    const count = /^\d/.test(n) ? String(Number(n) * unit.times) : n;
    const approx = m[1]?.toLowerCase();
    const mod =
      approx === 'more than' || approx === 'over'
        ? 'MORE_THAN'
        : approx === 'less than' || approx === 'up to'
          ? 'LESS_THAN'
          : approx
            ? 'APPROX'
            : undefined;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      type: 'DURATION',
      value: `P${unit.time ? 'T' : ''}${count}${unit.code}`,
      rule: 'duration',
      ...(mod && { mod }),
    });
  }
  return out;
}

/** "now", "recently", "the past" (as TempEval annotates them) and sets ("annual", "weekly"). */
export function refsAndSets(text: string, lex: TimeLexicon): TimeExpr[] {
  const out: TimeExpr[] = [];
  const words = [...lex.refs.keys(), ...lex.sets.keys()];
  // "the past" is a reference to the past only when no count or unit follows ("the past two years").
  const counted = new RegExp(`^\\s+(?:\\d|(?:${alt([...lex.numbers.keys(), ...plurals(lex)])})\\b)`, 'i');
  for (const m of text.matchAll(new RegExp(`\\b(${alt(words)})\\b`, 'gi'))) {
    const w = m[1]!.toLowerCase();
    if (w.includes(' ') && counted.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24)))
      continue;
    const ref = lex.refs.get(w);
    out.push(
      ref
        ? { start: m.index, end: m.index + m[0].length, text: m[0], type: 'DATE', value: ref, rule: 'ref' }
        : {
            start: m.index,
            end: m.index + m[0].length,
            text: m[0],
            type: 'SET',
            value: lex.sets.get(w)!,
            rule: 'set',
          },
    );
  }
  return out;
}

const pluralOf = (unit: string): string => (unit.endsWith('y') ? `${unit.slice(0, -1)}ies` : `${unit}s`);

/** Unit nouns with their plurals ("week", "weeks", "century", "centuries"). */
const plurals = (lex: TimeLexicon): string[] => [...lex.units.keys()].flatMap((u) => [u, pluralOf(u)]);

/** ISO 8601 unit letter of a lexicon unit for vague counts: a decade is DE and a century CE in TIMEX3. */
function vagueUnit(unit: { code: string; time: boolean; times: number }): string {
  const code = unit.times === 10 ? 'DE' : unit.times === 100 ? 'CE' : unit.code;
  return `${unit.time ? 'T' : ''}X${code}`;
}

/** A unit noun alone as a vague duration: "blocked for years" → PXY, "minutes before", "in recent weeks". */
export function vagueDurations(text: string, lex: TimeLexicon): TimeExpr[] {
  const { before, after, lead } = lex.vagueDurations;
  const unitOf = new Map([...lex.units].map(([u, v]) => [pluralOf(u), v] as const));
  const re = new RegExp(
    `\\b(?:(${alt(before)})\\s+)?(?:(?:the\\s+)?(${alt(lead)})\\s+)?(${alt(unitOf.keys())})\\b(?:\\s+(${alt(after)})\\b)?`,
    'gid',
  );
  const out: TimeExpr[] = [];
  for (const m of text.matchAll(re)) {
    const [, trigger, , plural, follower] = m;
    if (!trigger && !follower) continue;
    // The extent is the (leading word and) unit, without the trigger: "in [recent weeks]".
    const [from] = m.indices![2] ?? m.indices![3]!;
    const [, end] = m.indices![3]!;
    out.push({
      start: from,
      end,
      text: text.slice(from, end),
      type: 'DURATION',
      value: `P${vagueUnit(unitOf.get(plural!.toLowerCase())!)}`,
      rule: 'vague-duration',
    });
  }
  return out;
}

/** "the 20th century" → 19 (TIMEX3 writes a century as its first two digits). */
export function centuries(text: string): TimeExpr[] {
  const out: TimeExpr[] = [];
  for (const m of text.matchAll(/\b(\d{1,2})(?:st|nd|rd|th)[- ]century\b/gi)) {
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      type: 'DATE',
      value: String(Number(m[1]) - 1).padStart(2, '0'),
      rule: 'century',
    });
  }
  return out;
}

/** A month named relative to publication: "last May" (the latest May before it), "next October". */
export function namedMonths(text: string, dct: string, lex: TimeLexicon): TimeExpr[] {
  if (!lex.months.length) return [];
  const out: TimeExpr[] = [];
  const dy = Number(dct.slice(0, 4));
  const dm = Number(dct.slice(5, 7));
  for (const m of text.matchAll(new RegExp(`\\b(last|next|this)\\s+(${alt(lex.months)})\\b`, 'gi'))) {
    const month = lex.months.indexOf(m[2]!.toLowerCase()) + 1;
    const rel = m[1]!.toLowerCase();
    const y = rel === 'last' ? (month < dm ? dy : dy - 1) : rel === 'next' ? (month > dm ? dy : dy + 1) : dy;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      type: 'DATE',
      value: `${y}-${String(month).padStart(2, '0')}`,
      rule: 'named-month',
    });
  }
  return out;
}

/** "every week" → SET P1W, "each morning" → SET XXXX-XX-XXTMO. */
export function everySets(text: string, lex: TimeLexicon): TimeExpr[] {
  if (!lex.setWords.length) return [];
  const out: TimeExpr[] = [];
  const re = new RegExp(
    `\\b(?:${alt(lex.setWords)})\\s+(${alt([...lex.units.keys(), ...lex.partsOfDay.keys()])})\\b`,
    'gi',
  );
  for (const m of text.matchAll(re)) {
    const w = m[1]!.toLowerCase();
    const part = lex.partsOfDay.get(w);
    const unit = lex.units.get(w);
    const value = part ? `XXXX-XX-XXT${part}` : `P${unit!.time ? 'T' : ''}${unit!.times}${unit!.code}`;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], type: 'SET', value, rule: 'every' });
  }
  return out;
}

/** The year, month or ISO week `shift` periods from the publication date: 2026, 2026-01, 2026-W01. */
function periodValue(unit: string, dct: string, shift: number): string {
  const year = Number(dct.slice(0, 4));
  if (unit === 'year') return String(year + shift);
  if (unit === 'week') return isoWeek(addDays(dct, 7 * shift));
  const total = year * 12 + (Number(dct.slice(5, 7)) - 1) + shift;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

/** "the end of the year", "the beginning of the month": a part of the current period (mod END, START). */
export function periodParts(
  text: string,
  dct: string,
  lex: TimeLexicon,
  options: TimeOptions = {},
): TimeExpr[] {
  const parts = [...lex.modifiers.keys()].filter((w) => !/^(early|late|mid)$/.test(w));
  if (!parts.length) return [];
  const out: TimeExpr[] = [];
  const re = new RegExp(`\\b(?:the\\s+)?(${alt(parts)})\\s+of\\s+(?:the\\s+)?(year|month|week)\\b`, 'gi');
  for (const m of text.matchAll(re)) {
    const unit = m[2]!.toLowerCase();
    const mod = lex.modifiers.get(m[1]!.toLowerCase());
    // In a past clause, the end of the year still to come is last year's ("had ended by the end of the year").
    const back = mod === 'END' && options.tense?.({ start: m.index, end: m.index + m[0].length }) === 'past';
    const value = periodValue(unit, dct, back ? -1 : 0);
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      type: 'DATE',
      value,
      rule: 'period-part',
      ...(mod && { mod }),
    });
  }
  return out;
}
