// Query-string schemas for the API: every input is validated before it reaches the store.
import { z } from 'zod';

const code = z.string().regex(/^[A-Z]{3}([A-Z]{3}){0,4}$/, 'an actor code of 3-letter parts');
const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD')
  .refine((d) => {
    const t = Date.parse(`${d}T00:00:00Z`);
    return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === d;
  }, 'a real date');

export const EventsQuery = z.object({
  actor: code.optional(),
  dyad: z
    .string()
    .regex(/^[A-Z]{3,15}-[A-Z]{3,15}$/, 'a dyad SRC-TGT')
    .optional(),
  code: z
    .string()
    .regex(/^\d{2,4}$/, 'a CAMEO code')
    .optional(),
  status: z.enum(['occurred', 'planned', 'denied']).optional(),
  from: date.optional(),
  to: date.optional(),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});
export type EventsQuery = z.infer<typeof EventsQuery>;

export const TopQuery = EventsQuery.omit({ limit: true, offset: true }).extend({
  n: z.coerce.number().int().min(1).max(100).default(10),
});

export const SeriesQuery = z.object({
  dyad: z.string().regex(/^[A-Z]{3,15}-[A-Z]{3,15}$/, 'a dyad SRC-TGT'),
  period: z.enum(['day', 'week', 'month']).default('week'),
  baseline: z.coerce.number().int().min(3).max(104).default(8),
  threshold: z.coerce.number().min(0.5).max(10).default(2),
});

export const CalendarQuery = z.object({
  limit: z.coerce.number().int().min(1).max(5000).default(200),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});

export const NetworkQuery = z.object({
  from: date.optional(),
  to: date.optional(),
  quad: z.coerce.number().int().min(1).max(4).optional(),
  limit: z.coerce.number().int().min(1).max(10_000).default(500),
});

export const ArticleBody = z.object({
  id: z.string().min(1).max(200),
  text: z.string().min(1).max(200_000),
  published: date,
  title: z.string().max(1000).optional(),
  url: z.string().url().max(2000).optional(),
  source: z.string().max(200).optional(),
  language: z.string().max(10).optional(),
});
