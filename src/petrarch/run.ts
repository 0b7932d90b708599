// Runs a PETRARCH records file through Dyad: loads the dictionaries its <Environment> names, codes
// each <Text> from the raw text and scores the codings (used by `dyad eval-petrarch` and the tests).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Issue } from '../core/issue.js';
import { codeArticle } from '../pipeline/index.js';
import { loadPetrarchEngine } from './engine.js';
import {
  type PetrRecord,
  type RecordResult,
  type RecordsReport,
  readRecords,
  scoreRecord,
  summarise,
} from './records.js';
import type { TranslationReport } from './translate.js';

export interface RecordsRun {
  records: PetrRecord[];
  /**
   * Records that test PETRARCH's handling of a broken parse (`error="bad_input_parse"`): Dyad codes the
   * raw text and never reads `<Parse>`, so they do not apply and are not scored.
   */
  notApplicable: string[];
  results: RecordResult[];
  report: RecordsReport;
  translation: TranslationReport;
  issues: Issue[];
}

/** Throws when the file cannot be read; an empty `records` when it holds none. */
export function runRecords(file: string, dictDir = dirname(file)): RecordsRun {
  const read = readRecords(readFileSync(file, 'utf8'), file);
  const env = read.environment;
  const at = (f: string | undefined) => (f ? [join(dictDir, f)] : []);
  const { engine, report: translation } = loadPetrarchEngine({
    verbs: at(env.verbs),
    actors: env.actors.map((f) => join(dictDir, f)),
    agents: at(env.agents),
    discards: at(env.discards),
    // The records hold what PETRARCH codes: "---GOV" for an agent alone, no intent or threat codes.
    coding: 'petrarch',
  });
  const applies = (r: PetrRecord) => r.none !== 'error=bad_input_parse';
  const results = read.records.filter(applies).map((r) => {
    const { events } = codeArticle({ id: r.id, text: r.text, published: r.date }, { engine });
    // PETRARCH does not code negated events; planned and occurred ones count.
    const coded = events
      .filter((e) => e.status !== 'denied')
      .map((e) => ({ source: e.source.code, target: e.target?.code ?? '', code: e.code }));
    return scoreRecord(r, coded);
  });
  return {
    records: read.records,
    notApplicable: read.records.filter((r) => !applies(r)).map((r) => r.id),
    results,
    report: summarise(results),
    translation,
    issues: [...read.issues, ...engine.issues],
  };
}
