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
  const year = Number(dct.slice(0, 4));
  const month = Number(dct.slice(5, 7));
  for (const m of text.matchAll(/\b(?:(earlier|later)\s+)?(this|last|next|coming)\s+(week|month|year)\b/gi)) {
    const rel = m[2]!.toLowerCase();
    const unit = m[3]!.toLowerCase();
    const shift = rel === 'last' ? -1 : rel === 'next' || rel === 'coming' ? 1 : 0;
    let value: string;
    if (unit === 'year') value = String(year + shift);
    else if (unit === 'week') value = isoWeek(addDays(dct, 7 * shift));
    else {
      const total = year * 12 + (month - 1) + shift;
      value = `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
    }
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

/** "now", "recently" (as TempEval annotates them) and sets ("annual", "weekly"). */
export function refsAndSets(text: string, lex: TimeLexicon): TimeExpr[] {
  const out: TimeExpr[] = [];
  const words = [...lex.refs.keys(), ...lex.sets.keys()];
  for (const m of text.matchAll(new RegExp(`\\b(${alt(words)})\\b`, 'gi'))) {
    const w = m[1]!.toLowerCase();
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
