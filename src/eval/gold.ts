import { z } from 'zod';
import { EventStatus } from '../core/event.js';
import { timexRange } from '../core/timex.js';

/** The gold format of `../shared/eval/FORMAT.md`, validated line by line (see docs/eval.md). */

/** A CAMEO-style actor code: a three-letter country or IGO code, then three-letter roles. */
const ActorCode = z
  .string()
  .regex(/^[A-Z]{3}([A-Z]{3})*$/, 'an actor code is three-letter groups (JPN, JPNGOV)');
const EventCode = z.string().regex(/^\d{2,4}$/, 'a CAMEO code is 2 to 4 digits (04, 041, 0311)');
const Timex = z
  .string()
  .refine((v) => timexRange(v) !== null, 'not a TIMEX3 date (2026-01-02, 2026-W14, 2025-10, 2026-SP, 2026)');

export const GoldEvent = z.object({
  source: ActorCode,
  /** Null for events with no target; the key must be present so a typo is not read as "no target". */
  target: ActorCode.nullable(),
  code: EventCode,
  alt_codes: z.array(EventCode).default([]),
  symmetric: z.boolean().default(false),
  /** Null where the date cannot be known; the key must be present. */
  date: Timex.nullable(),
  status: EventStatus,
  location: z
    .object({ country: z.string().length(3).optional(), place: z.string().optional() })
    .nullable()
    .optional(),
  optional: z.boolean().default(false),
  evidence: z.string().default(''),
  note: z.string().optional(),
});
export type GoldEvent = z.infer<typeof GoldEvent>;

export const MustNot = z.object({
  source: ActorCode,
  target: ActorCode.nullable(),
  root: z.string().regex(/^\d{2}$/, 'a root code is two digits'),
  symmetric: z.boolean().default(false),
  why: z.string().optional(),
});
export type MustNot = z.infer<typeof MustNot>;

export const GoldArticle = z.object({
  id: z.union([z.string().min(1), z.number()]).transform(String),
  published: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}/, 'published must start with a YYYY-MM-DD date')
    .transform((s) => s.slice(0, 10)),
  source: z.string().optional(),
  title: z.string().optional(),
  text: z.string(),
  events: z.array(GoldEvent),
  must_not: z.array(MustNot).default([]),
});
export type GoldArticle = z.infer<typeof GoldArticle>;
