import { readFileSync } from 'node:fs';
import { type Issue, issue } from '../core/issue.js';
import { PredictedEvent, PredictionLine } from './predicted.js';

export interface PredictionSet {
  predictions: Map<string, PredictedEvent[]>;
  issues: Issue[];
}

/**
 * Parses `{"id": ..., "events": [...]}` lines (the output of `dyad code --format jsonl`). A bad line
 * is an Issue and is skipped; a bad event is an Issue and the line's other events are kept. Lines
 * repeating an id add their events to the first.
 */
export function parsePredictions(source: string, file: string): PredictionSet {
  const predictions = new Map<string, PredictedEvent[]>();
  const issues: Issue[] = [];
  source.split('\n').forEach((raw, n) => {
    const line = n + 1;
    if (raw.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (err) {
      issues.push(issue('BAD_JSON', `invalid JSON (${(err as Error).message})`, file, line));
      return;
    }
    const row = PredictionLine.safeParse(json);
    if (!row.success) {
      issues.push(issue('BAD_FIELD', 'expected {"id": ..., "events": [...]}', file, line));
      return;
    }
    const events = predictions.get(row.data.id) ?? [];
    row.data.events.forEach((raw, i) => {
      const event = PredictedEvent.safeParse(raw);
      if (event.success) events.push(event.data);
      else {
        const first = event.error.issues[0];
        const path = first?.path.length ? `.${first.path.map(String).join('.')}` : '';
        issues.push(
          issue('BAD_FIELD', `events.${i}${path}: ${first?.message ?? 'invalid event'}`, file, line),
        );
      }
    });
    predictions.set(row.data.id, events);
  });
  return { predictions, issues };
}

/** Reads a predictions JSONL file; an unreadable file is one Issue and no predictions. */
export function readPredictions(file: string): PredictionSet {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    return { predictions: new Map(), issues: [issue('UNREADABLE', `cannot read (${reason})`, file)] };
  }
  return parsePredictions(source, file);
}
