import { z } from 'zod';
import { EventStatus } from '../core/event.js';

/**
 * The part of an event record the scorer reads. Any `EventRecord` is one; a predictions file from
 * another coder needs only these fields.
 */
export const PredictedEvent = z.object({
  id: z.string().optional(),
  source: z.object({ code: z.string().min(3) }),
  target: z.object({ code: z.string().min(3) }).nullable(),
  code: z.string().regex(/^\d{2,4}$/, 'a CAMEO code is 2 to 4 digits'),
  date: z.string().nullable(),
  status: EventStatus,
  evidence: z
    .object({ text: z.string(), start: z.number().int().optional(), end: z.number().int().optional() })
    .optional(),
});
export type PredictedEvent = z.infer<typeof PredictedEvent>;

/** One line of `dyad code --format jsonl`: an article id and its events. */
export const PredictionLine = z.object({
  id: z.union([z.string().min(1), z.number()]).transform(String),
  events: z.array(z.unknown()),
});
