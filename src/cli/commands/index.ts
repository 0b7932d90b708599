import type { Command } from 'commander';
import { register as annotate } from './annotate.js';
import { register as code } from './code.js';
import { register as demo } from './demo.js';
import { register as evaluate } from './eval.js';
import { register as evalPetrarch } from './eval-petrarch.js';
import { register as evalTime } from './eval-time.js';
import { register as events } from './events.js';
import { register as explain } from './explain.js';
import { register as exportEvents } from './export.js';
import { register as ingest } from './ingest.js';
import { register as kb } from './kb.js';
import { register as recode } from './recode.js';
import { register as resolve } from './resolve.js';
import { register as serve } from './serve.js';
import { register as worker } from './worker.js';

/** Each command registers itself on the program. One file per command; order is the help order. */
export const commands: ReadonlyArray<(program: Command) => void> = [
  code,
  ingest,
  recode,
  worker,
  events,
  exportEvents,
  explain,
  annotate,
  evaluate,
  evalTime,
  evalPetrarch,
  resolve,
  kb,
  demo,
  serve,
];
