import type { Article } from '../core/article.js';
import { loadConfig } from '../core/config.js';
import type { Doc } from '../core/doc.js';
import type { EventRecord } from '../core/event.js';
import { type Issue, issue } from '../core/issue.js';
import { dataPath } from '../core/paths.js';
import {
  type CoderResources,
  type CodeTrace,
  codeEvents,
  loadCountryRoles,
  loadDiscards,
  loadPatterns,
} from '../events/index.js';
import { defaultKb } from '../kb/index.js';
import type { Kb } from '../kb/types.js';
import {
  findDatelines,
  findMentions,
  findQuotes,
  modalityLexicon,
  nlpLexicons,
  resolveCoreference,
  Syntax,
  tenseAround,
  tokenize,
} from '../nlp/index.js';
import { tagTimes } from '../time/index.js';

/** Everything the pipeline loads once and shares across articles. */
export interface Engine extends CoderResources {
  issues: Issue[];
}

export interface EngineOptions {
  kb?: Kb;
  /** Extra pattern folders (user dictionaries) loaded after Dyad's own. */
  patternDirs?: string[];
}

let shared: Engine | undefined;

export function loadEngine(options: EngineOptions = {}): Engine {
  if (!options.kb && !options.patternDirs && shared) return shared;
  const kb = options.kb ?? defaultKb();
  // The user's own pattern folders (dyad.config.yaml) come after Dyad's, before any given here.
  const userPatterns = [...loadConfig().patterns, ...(options.patternDirs ?? [])];
  const patterns = loadPatterns(
    userPatterns.length ? [dataPath('patterns'), ...userPatterns] : undefined,
    kb.ontology.size ? new Set(kb.ontology.keys()) : undefined,
  );
  const discards = loadDiscards();
  const modality = modalityLexicon();
  const roles = loadCountryRoles();
  const engine: Engine = {
    kb,
    patterns,
    discards,
    modality,
    roles,
    issues: [
      ...kb.issues,
      ...roles.issues,
      ...patterns.issues,
      ...discards.issues,
      ...modality.issues,
      ...nlpLexicons().issues,
    ],
  };
  if (!options.kb && !options.patternDirs) shared = engine;
  return engine;
}

export interface CodedArticle {
  article: Article;
  doc: Doc;
  syntax: Syntax;
  events: EventRecord[];
  issues: Issue[];
}

export interface CodeOptions {
  engine?: Engine;
  kb?: Kb;
  /** Collects what the coder tried, for `dyad explain`. */
  trace?: CodeTrace;
}

/**
 * The whole pipeline over one article: the recipe. A failure inside one article is reported as an
 * issue with the article's id and yields no events; it never stops a batch.
 */
export function codeArticle(article: Article, options: CodeOptions = {}): CodedArticle {
  const engine = options.engine ?? loadEngine(options.kb ? { kb: options.kb } : {});
  const doc = emptyDoc(article);
  try {
    Object.assign(doc, analyse(article, engine));
    const syntax = new Syntax(doc);
    const events = codeEvents(doc, syntax, engine, options.trace);
    return { article, doc, syntax, events, issues: doc.issues };
  } catch (err) {
    const message = `coding failed: ${err instanceof Error ? err.message : String(err)}`;
    doc.issues.push(issue('INTERNAL', message, article.id));
    return { article, doc, syntax: new Syntax(emptyDoc(article)), events: [], issues: doc.issues };
  }
}

const emptyDoc = (article: Article): Doc => ({
  article,
  sentences: [],
  tokens: [],
  mentions: [],
  times: [],
  quotes: [],
  issues: [],
});

/** The language layer: tokens → datelines → times → mentions → quotes → coreference. */
export function analyse(article: Article, engine: Engine): Doc {
  const text = article.text;
  const doc = emptyDoc(article);
  // 1. Sentences and tokens (wink-nlp, with the fixes news needs).
  Object.assign(doc, tokenize(text));
  // 2. Datelines ("TOKYO (Reuters) -") are where the story was filed, not actors.
  const datelines = findDatelines(text);
  // 3. Time expressions, normalised against the publication date with the tense of their clause.
  const bare = new Syntax(doc);
  const lex = nlpLexicons();
  doc.times = tagTimes(text, article.published, {
    tense: (span) => tenseAround(bare, span, engine.modality, lex.eventNouns),
  });
  // 4. Actor mentions through the knowledge base (time expressions are never actors).
  doc.mentions = findMentions(doc, engine.kb, [...datelines, ...doc.times]);
  // 5. Quotations and reported speech, with their speakers.
  doc.quotes = findQuotes(new Syntax(doc), lex);
  // 6. Coreference: pronouns, "the two leaders", "the prime minister", "its forces".
  doc.mentions = resolveCoreference(doc, doc.quotes, {
    ...(engine.kb.bareRoles && { bareRoles: engine.kb.bareRoles }),
  });
  return doc;
}
