import { z } from 'zod';
import { readYamlObject } from '../core/data-file.js';
import type { TimexMod } from '../core/doc.js';
import type { Issue } from '../core/issue.js';
import { dataPath } from '../core/paths.js';

const Mod = z.enum(['START', 'MID', 'END']);
const LexiconFile = z.object({
  seasons: z.record(z.string(), z.enum(['SP', 'SU', 'FA', 'WI'])),
  modifiers: z.record(z.string(), Mod),
  units: z.record(
    z.string(),
    z.object({ code: z.string(), time: z.boolean().optional(), times: z.number().optional() }),
  ),
  numbers: z.record(z.string(), z.union([z.number(), z.literal('X')])),
  present_ref: z.array(z.string()),
  past_ref: z.array(z.string()),
  future_ref: z.array(z.string()),
  sets: z.record(z.string(), z.string()),
  set_words: z.array(z.string()).default([]),
  vague_durations: z
    .object({ before: z.array(z.string()), after: z.array(z.string()), lead: z.array(z.string()) })
    .default({ before: [], after: [], lead: [] }),
  parts_of_day: z.record(z.string(), z.enum(['MO', 'AF', 'EV', 'NI'])).default({}),
  months: z.array(z.string()).default([]),
});

export interface TimeLexicon {
  seasons: Map<string, string>;
  modifiers: Map<string, TimexMod>;
  units: Map<string, { code: string; time: boolean; times: number }>;
  numbers: Map<string, number | 'X'>;
  refs: Map<string, 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF'>;
  sets: Map<string, string>;
  setWords: string[];
  vagueDurations: { before: string[]; after: string[]; lead: string[] };
  partsOfDay: Map<string, string>;
  /** Month names in calendar order (index 0 = January). */
  months: string[];
  issues: Issue[];
}

let cached: TimeLexicon | undefined;

export function timeLexicon(): TimeLexicon {
  if (cached) return cached;
  const { value, issues } = readYamlObject(dataPath('time', 'lexicon.yaml'), LexiconFile);
  const v = value ?? {
    seasons: {},
    modifiers: {},
    units: {},
    numbers: {},
    present_ref: [],
    past_ref: [],
    future_ref: [],
    sets: {},
    set_words: [],
    vague_durations: { before: [], after: [], lead: [] },
    parts_of_day: {},
    months: [],
  };
  const refs = new Map<string, 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF'>();
  for (const w of v.present_ref) refs.set(w, 'PRESENT_REF');
  for (const w of v.past_ref) refs.set(w, 'PAST_REF');
  for (const w of v.future_ref) refs.set(w, 'FUTURE_REF');
  cached = {
    seasons: new Map(Object.entries(v.seasons)),
    modifiers: new Map(Object.entries(v.modifiers)),
    units: new Map(
      Object.entries(v.units).map(([k, u]) => [
        k,
        { code: u.code, time: u.time ?? false, times: u.times ?? 1 },
      ]),
    ),
    numbers: new Map(Object.entries(v.numbers)),
    refs,
    sets: new Map(Object.entries(v.sets)),
    setWords: v.set_words,
    vagueDurations: v.vague_durations,
    partsOfDay: new Map(Object.entries(v.parts_of_day)),
    months: v.months,
    issues,
  };
  return cached;
}
