import type { EventRecord } from '../core/event.js';

/** One event in PLOVER's JSON layout (event, mode, context, actor and recipient with their text). */
export interface PloverEvent {
  id: string;
  date: string | null;
  event: string;
  mode: string | null;
  context: string[];
  actor: string;
  actor_text: string;
  recipient: string | null;
  recipient_text: string | null;
  status: EventRecord['status'];
  cameo: string;
  location: EventRecord['location'];
  source_text: string;
  article_id: string;
}

export function toPlover(e: EventRecord, context: readonly string[] = []): PloverEvent {
  return {
    id: e.id,
    date: e.date,
    event: e.plover.event,
    mode: e.plover.mode,
    context: [...context],
    actor: e.source.code,
    actor_text: e.source.text,
    recipient: e.target?.code ?? null,
    recipient_text: e.target?.text ?? null,
    status: e.status,
    cameo: e.code,
    location: e.location,
    source_text: e.evidence.text,
    article_id: e.article_id,
  };
}
