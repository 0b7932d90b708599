// Loads a set of PETRARCH dictionaries into a Dyad engine: verb patterns translated in memory, actors
// and agents behind the Kb interface (with Dyad's own CAMEO ontology), discards as sentence contexts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Issue, issue } from '../core/issue.js';
import type { Discards } from '../events/discards.js';
import { loadOntology } from '../kb/ontology.js';
import { modalityLexicon, nlpLexicons } from '../nlp/index.js';
import type { Engine } from '../pipeline/index.js';
import { type DiscardEntry, readActorDictionary, readAgentDictionary, readDiscards } from './actors.js';
import { petrarchKb } from './kb.js';
import { emptyReport, type TranslationReport, translateVerbs } from './translate.js';
import { readVerbDictionary } from './verbs.js';

/** Paths of the dictionaries to load (any may be empty). */
export interface PetrarchFiles {
  verbs: string[];
  actors: string[];
  agents: string[];
  discards: string[];
  /** PETRARCH's `require_dyad` (default true): only events with a source and a target are coded. */
  requireDyad?: boolean;
  /**
   * `dyad` (the default): Dyad's coder on these dictionaries — a bare role takes its passage's country,
   * a planned meeting is an intent (036), a threatened act a threat (13x). `petrarch`: as PETRARCH codes
   * (its unit-test records expect it) — an agent with no actor is `---GOV`, every act keeps its verb's code.
   */
  coding?: 'dyad' | 'petrarch';
}

/**
 * The dictionaries of a folder: those PETR_config.ini names when it is there, else the verb file
 * CAMEO.*.txt, every *.actors.txt but the validation ones, and the Phoenix agents and discards.
 */
export function petrarchFilesIn(dir: string): PetrarchFiles {
  const names = readdirSync(dir);
  const config = names.includes('PETR_config.ini') ? readFileSync(join(dir, 'PETR_config.ini'), 'utf8') : '';
  const setting = (key: string): string[] => {
    const m = new RegExp(`^\\s*${key}\\s*=\\s*(.+)$`, 'm').exec(config);
    return m ? m[1]!.split(',').map((s) => join(dir, s.trim())) : [];
  };
  const fallback = (re: RegExp) =>
    names.filter((n) => re.test(n) && !n.startsWith('PETR.')).map((n) => join(dir, n));
  const pick = (key: string, re: RegExp) => {
    const fromConfig = setting(key);
    return fromConfig.length ? fromConfig : fallback(re);
  };
  const dyad = /^\s*require_dyad\s*=\s*(\w+)/m.exec(config)?.[1];
  return {
    ...(dyad !== undefined && { requireDyad: dyad.toLowerCase() !== 'false' }),
    verbs: pick('verbfile_name', /^CAMEO\..*\.txt$/),
    actors: pick('actorfile_list', /\.actors\.txt$/),
    agents: pick('agentfile_name', /\.agents\.txt$/),
    discards: pick('discardfile_name', /\.discards\.txt$/),
  };
}

/** Discards as PETRARCH matches them: case-blind, after a blank, a stem unless written with a final `_`. */
export function petrarchDiscards(entries: readonly DiscardEntry[], issues: Issue[]): Discards {
  const rules = entries.map((d) => ({
    d,
    re: new RegExp(
      `(^|[^\\p{L}\\p{N}])${d.phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')}${d.whole ? '($|[^\\p{L}\\p{N}])' : ''}`,
      'iu',
    ),
  }));
  return {
    contextOf(sentence) {
      for (const r of rules)
        if (r.re.test(sentence))
          return {
            id: r.d.story ? 'petrarch-story' : 'petrarch-sentence',
            phrase: r.d.phrase,
            reason: `PETRARCH discard (line ${r.d.line})`,
          };
      return null;
    },
    issues,
  };
}

export interface PetrarchEngine {
  engine: Engine;
  report: TranslationReport;
}

const read = (file: string, issues: Issue[]): string | null => {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    issues.push(
      issue(
        'UNREADABLE',
        `cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
        file,
      ),
    );
    return null;
  }
};

export function loadPetrarchEngine(files: PetrarchFiles): PetrarchEngine {
  const asPetrarch = files.coding === 'petrarch';
  const issues: Issue[] = [];
  const report: TranslationReport = emptyReport();
  const patterns: Engine['patterns'] = { patterns: [], byAnchor: new Map(), issues: [] };
  for (const f of files.verbs) {
    const text = read(f, issues);
    if (text === null) continue;
    const dict = readVerbDictionary(text, f);
    issues.push(...dict.issues);
    const t = translateVerbs(dict, f, { requireDyad: files.requireDyad ?? true });
    patterns.patterns.push(...t.set.patterns);
    for (const [k, list] of t.set.byAnchor)
      patterns.byAnchor.set(k, [...(patterns.byAnchor.get(k) ?? []), ...list]);
    patterns.issues.push(...t.set.issues);
    for (const key of [
      'patterns',
      'translated',
      'verbs',
      'verbsTranslated',
      'dyadPatterns',
      'transformations',
    ] as const)
      report[key] += t.report[key];
    for (const [k, n] of Object.entries(t.report.untranslated))
      report.untranslated[k] = (report.untranslated[k] ?? 0) + n;
    for (const [k, n] of Object.entries(t.report.approximated))
      report.approximated[k] = (report.approximated[k] ?? 0) + n;
  }
  const actors = files.actors.flatMap((f) => {
    const text = read(f, issues);
    if (text === null) return [];
    const d = readActorDictionary(text, f);
    issues.push(...d.issues);
    return d.actors;
  });
  const agents = files.agents.flatMap((f) => {
    const text = read(f, issues);
    if (text === null) return [];
    const d = readAgentDictionary(text, f);
    issues.push(...d.issues);
    return d.agents;
  });
  const discardIssues: Issue[] = [];
  const discardEntries = files.discards.flatMap((f) => {
    const text = read(f, discardIssues);
    if (text === null) return [];
    const d = readDiscards(text, f);
    discardIssues.push(...d.issues);
    return d.discards;
  });
  const ontology = loadOntology();
  const kb = petrarchKb({
    actors,
    agents,
    bareRoles: asPetrarch ? 'none' : 'context',
    ontology: ontology.entries,
    issues: [...ontology.issues, ...issues],
  });
  // As PETRARCH codes, what the verb says: a planned act keeps its own code (no intent 03x), a threatened
  // one is not turned into a threat 13x. Negation, hedges and plans are still read.
  const modality = asPetrarch
    ? {
        ...modalityLexicon(),
        intentCodes: new Map<string, string>(),
        plannedCodes: new Set<string>(),
        threatCode: () => null,
      }
    : modalityLexicon();
  const discards = petrarchDiscards(discardEntries, discardIssues);
  const engine: Engine = {
    kb,
    patterns,
    discards,
    modality,
    issues: [
      ...kb.issues,
      ...patterns.issues,
      ...discards.issues,
      ...modality.issues,
      ...nlpLexicons().issues,
    ],
  };
  return { engine, report };
}

/** `petrarch:DIR` as the --dictionaries option takes it; null for anything else. */
export function parseDictionariesOption(value: string): string | null {
  const m = /^petrarch:(.+)$/.exec(value);
  return m ? m[1]! : null;
}

/** The engine for a --dictionaries value (`petrarch:DIR`), or an error message. */
export function engineForDictionaries(value: string): Engine | string {
  const dir = parseDictionariesOption(value);
  if (!dir) return `--dictionaries "${value}": expected petrarch:DIR`;
  try {
    return loadPetrarchEngine(petrarchFilesIn(dir)).engine;
  } catch (err) {
    return `--dictionaries ${value}: ${(err as Error).message}`;
  }
}
