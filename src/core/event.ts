import { z } from 'zod';

/** An actor in an event record. See docs/events.md. */
export const EventActor = z.object({
  /** CAMEO-style code as GDELT writes it: `JPNGOV`, `USA`, `IGOUNO`. */
  code: z.string().regex(/^[A-Z]{3}([A-Z]{3})*$/),
  country: z.string().length(3).nullable(),
  role: z.string().length(3).nullable(),
  name: z.string().nullable(),
  /** The text of the mention in the article. */
  text: z.string(),
});
export type EventActor = z.infer<typeof EventActor>;

export const EventStatus = z.enum(['occurred', 'planned', 'denied']);
export type EventStatus = z.infer<typeof EventStatus>;

export const DatePrecision = z.enum(['day', 'week', 'month', 'season', 'quarter', 'year', 'decade']);
export type DatePrecision = z.infer<typeof DatePrecision>;

export const Evidence = z.object({ text: z.string(), start: z.number().int(), end: z.number().int() });

export const Location = z.object({
  place: z.string().nullable(),
  country: z.string().length(3).nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
});

/** One coded event: who did what to whom, when, where, and the sentence that says so. */
export const EventRecord = z.object({
  id: z.string(),
  article_id: z.string(),
  sentence: z.number().int().nonnegative(),
  evidence: Evidence,
  source: EventActor,
  target: EventActor.nullable(),
  /** CAMEO event code, 2–4 digits, leading zeros kept. */
  code: z.string().regex(/^\d{2,4}$/),
  root: z.string().regex(/^\d{2}$/),
  quad_class: z.number().int().min(1).max(4),
  goldstein: z.number().min(-10).max(10),
  plover: z.object({ event: z.string(), mode: z.string().nullable() }),
  /** TIMEX3-style value: `2026-01-02`, `2025-10`, `2026-SP`, `2026`, or null when unknown. */
  date: z.string().nullable(),
  date_precision: DatePrecision.nullable(),
  /** Where the date came from: the governing expression, the narrative time, or the publication date. */
  date_source: z.enum(['expression', 'narrative', 'published', 'none']),
  status: EventStatus,
  /** True when the clause is hedged (could, may, reportedly, if ...). */
  hedged: z.boolean(),
  location: Location.nullable(),
  confidence: z.number().min(0).max(1),
  /** Ids of the rules and patterns that produced the event. */
  rules: z.array(z.string()),
});
export type EventRecord = z.infer<typeof EventRecord>;
