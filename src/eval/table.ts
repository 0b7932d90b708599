import { formatIssue } from '../core/issue.js';
import type { GoldEvent } from './gold.js';
import type { PredictedEvent } from './predicted.js';
import type { Accuracy, ArticleScores, EvalReport, Prf } from './report.js';

export interface TableOptions {
  /** List each miss, false positive, near miss and must_not violation with its evidence. */
  verbose?: boolean;
  /** Names of root codes (`04` → `Consult`), when a knowledge base is at hand. */
  rootNames?: ReadonlyMap<string, string>;
}

const num = (x: number | null): string => (x === null ? '  –  ' : x.toFixed(3));
const pct = (a: Accuracy): string => `${num(a.value)}  (${a.correct}/${a.total} root-matched)`;

/** Columns padded to their widest cell; the first `left` columns align left, the rest right. */
function columns(rows: string[][], left = 1): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows
    .map((r) =>
      r
        .map((cell, c) => (c < left ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
        .join('  ')
        .trimEnd(),
    )
    .map((line) => `  ${line}\n`)
    .join('');
}

const prfCells = (p: Prf): string[] => [
  num(p.precision),
  num(p.recall),
  num(p.f1),
  `${p.tp}`,
  `${p.fp}`,
  `${p.fn}`,
];

const gold = (e: GoldEvent): string =>
  `${e.code.padEnd(4)}  ${e.source} ${e.symmetric ? '↔' : '→'} ${e.target ?? '—'}  ${e.date ?? '—'}  ${e.status}`;
const pred = (e: PredictedEvent): string =>
  `${e.code.padEnd(4)}  ${e.source.code} → ${e.target?.code ?? '—'}  ${e.date ?? '—'}  ${e.status}`;
const quote = (s: string | undefined): string => (s ? `      “${s}”\n` : '');

/** The readable report: overall figures, then per root code, then per article (and details when verbose). */
export function formatTable(report: EvalReport, options: TableOptions = {}): string {
  const o = report.overall;
  let out = `Dyad eval: ${report.articles.length} articles, ${o.gold} gold events, ${o.predicted} predicted\n\n`;
  out += columns([
    ['', 'P', 'R', 'F1', 'TP', 'FP', 'FN'],
    ['root match', ...prfCells(o.root)],
    ['strict', ...prfCells(o.strict)],
  ]);
  out += `  date accuracy    ${pct(o.date)}\n`;
  out += `  status accuracy  ${pct(o.status)}\n`;
  out += `  must_not         ${o.must_not.violated} of ${o.must_not.entries} violated\n`;
  out += `  optional         ${o.optional_matched} predictions matched optional gold events (counted on neither side)\n`;
  out += `  denied           ${o.denied.gold} gold and ${o.denied.predicted} predicted left out; ${o.denied.asserted} predictions assert a denied gold event (false positives)\n`;

  out += '\nBy root code (TP and FN under the gold root, FP under the predicted root)\n';
  out += columns(
    [
      ['root', 'gold', 'pred', 'P', 'R', 'F1', 'strict F1'],
      ...report.by_root.map((r) => [
        `${r.root} ${options.rootNames?.get(r.root) ?? ''}`.trimEnd(),
        `${r.gold}`,
        `${r.predicted}`,
        num(r.root_match.precision),
        num(r.root_match.recall),
        num(r.root_match.f1),
        num(r.strict.f1),
      ]),
    ],
    1,
  );

  out += '\nBy article (root match P/R/F1, strict F1, date and status accuracy, must_not violated)\n';
  out += columns([
    ['article', 'gold', 'pred', 'P', 'R', 'F1', 'strict', 'date', 'status', 'must_not'],
    ...report.articles.map((a) => {
      const s = a.scores;
      return [
        a.id,
        `${s.gold}`,
        `${s.predicted}`,
        num(s.root.precision),
        num(s.root.recall),
        num(s.root.f1),
        num(s.strict.f1),
        num(s.date.value),
        num(s.status.value),
        `${s.must_not.violated}/${s.must_not.entries}`,
      ];
    }),
  ]);

  if (options.verbose) for (const a of report.articles) out += details(a);
  if (report.issues.length) out += `\nIssues\n${report.issues.map((i) => `  ${formatIssue(i)}\n`).join('')}`;
  return out;
}

/** One article's misses, false positives, near misses and violations, each with its evidence. */
function details(a: ArticleScores): string {
  let out = '';
  for (const m of a.missed)
    out += `  missed    gold #${m.index}  ${gold(m.event)}\n${quote(m.event.evidence)}`;
  for (const f of a.false_positives) {
    const denied = f.asserts_denied ? `  (asserts denied gold #${f.asserts_denied.index})` : '';
    out += `  false +   ${pred(f.event)}${denied}\n${quote(f.event.evidence?.text)}`;
  }
  for (const m of a.matched) {
    const wrong = [...m.strict_failures, ...(m.status_ok ? [] : ['status'])];
    if (wrong.length === 0) continue;
    out += `  partial   ${pred(m.predicted.event)}  for gold #${m.gold.index}  ${gold(m.gold.event)}  wrong: ${wrong.join(', ')}\n`;
    out += quote(m.predicted.event.evidence?.text);
  }
  for (const v of a.violations) {
    const r = v.rule;
    out += `  must_not  ${r.root}  ${r.source} ${r.symmetric ? '↔' : '→'} ${r.target ?? '—'}: predicted ${pred(v.predicted.event)}\n`;
    out += `${quote(v.predicted.event.evidence?.text)}${r.why ? `      why not: ${r.why}\n` : ''}`;
  }
  return out ? `\n${a.id}\n${out}` : '';
}
