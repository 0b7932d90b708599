// Reader and scorer for PETRARCH validation records (PETR.UnitTest.records.xml): `<Environment>` names
// the dictionaries; each `<Sentence date id category>` has `<EventCoding>` entries (source, target and
// event codes, `noevents`, or `error=` kinds, which expect nothing coded) and its `<Text>`. The
// `<Parse>` trees are never read: Dyad codes from the raw text.
import { XMLParser } from 'fast-xml-parser';
import { type Issue, issue } from '../core/issue.js';

export interface ExpectedCoding {
  source: string;
  target: string;
  code: string;
}

export interface PetrRecord {
  id: string;
  category: string;
  /** YYYY-MM-DD. */
  date: string;
  text: string;
  expected: ExpectedCoding[];
  /** `noevents` or an `error=` kind: nothing may be coded. */
  none?: string;
}

export interface RecordsFile {
  environment: { verbs?: string; actors: string[]; agents?: string; discards?: string };
  records: PetrRecord[];
  issues: Issue[];
}

type Node = Record<string, unknown>;
const list = (v: unknown): Node[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]) as Node[];
const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
/** `""` written as an attribute value is an empty code. */
const unquote = (s: string): string => s.trim().replace(/^"+|"+$/g, '');

export function readRecords(xml: string, file: string): RecordsFile {
  const issues: Issue[] = [];
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: true,
    isArray: (name) => ['Sentence', 'EventCoding', 'Actorfile'].includes(name),
  });
  let doc: Node;
  try {
    doc = parser.parse(xml) as Node;
  } catch (err) {
    return {
      environment: { actors: [] },
      records: [],
      issues: [issue('UNREADABLE', (err as Error).message, file)],
    };
  }
  const root = (doc.Validation ?? doc) as Node;
  const env = (root.Environment ?? {}) as Node;
  const environment: RecordsFile['environment'] = {
    actors: list(env.Actorfile).map(str).filter(Boolean),
    ...(str(env.Verbfile) && { verbs: str(env.Verbfile) }),
    ...(str(env.Agentfile) && { agents: str(env.Agentfile) }),
    ...(str(env.Discardfile) && { discards: str(env.Discardfile) }),
  };
  const sentences = list((root.Sentences as Node | undefined)?.Sentence);
  const records: PetrRecord[] = [];
  for (const s of sentences) {
    const id = str(s.id) || `#${records.length + 1}`;
    const d = /^(\d{4})(\d{2})(\d{2})$/.exec(str(s.date));
    const text = str(s.Text).replace(/\s+/g, ' ').trim();
    if (!d || !text) {
      issues.push(issue('BAD_FIELD', `record ${id}: ${d ? 'no <Text>' : `bad date "${str(s.date)}"`}`, file));
      continue;
    }
    const expected: ExpectedCoding[] = [];
    let none: string | undefined;
    for (const c of list(s.EventCoding)) {
      if (c.noevents !== undefined) none = 'noevents';
      else if (c.error !== undefined) none = `error=${str(c.error)}`;
      else if (c.eventcode !== undefined)
        expected.push({
          source: unquote(str(c.sourcecode)),
          target: unquote(str(c.targetcode)),
          code: unquote(str(c.eventcode)),
        });
    }
    records.push({
      id,
      category: str(s.category) || 'NONE',
      date: `${d[1]}-${d[2]}-${d[3]}`,
      text,
      expected,
      ...(none && { none }),
    });
  }
  return { environment, records, issues };
}

export interface Coded {
  source: string;
  target: string;
  code: string;
}

export interface RecordResult {
  id: string;
  category: string;
  correct: ExpectedCoding[];
  missing: ExpectedCoding[];
  extra: Coded[];
  pass: boolean;
}

/** Each expected coding is matched once by an identical coded event (source, target, code). */
export function scoreRecord(record: PetrRecord, coded: readonly Coded[]): RecordResult {
  const left = [...coded];
  const correct: ExpectedCoding[] = [];
  const missing: ExpectedCoding[] = [];
  for (const e of record.expected) {
    const k = left.findIndex((c) => c.source === e.source && c.target === e.target && c.code === e.code);
    if (k >= 0) {
      correct.push(e);
      left.splice(k, 1);
    } else missing.push(e);
  }
  return {
    id: record.id,
    category: record.category,
    correct,
    missing,
    extra: left,
    pass: missing.length === 0 && left.length === 0,
  };
}

export interface CategoryFigures {
  records: number;
  passed: number;
  expected: number;
  correct: number;
  missing: number;
  extra: number;
}

export interface RecordsReport {
  categories: Record<string, CategoryFigures>;
  total: CategoryFigures;
  /** Correct codings over expected codings. */
  passRate: number;
  /** Extra codings over expected codings. */
  extraRate: number;
  /** Records whose codings are all right and nothing more, over all records. */
  recordPassRate: number;
}

export function summarise(results: readonly RecordResult[]): RecordsReport {
  const blank = (): CategoryFigures => ({
    records: 0,
    passed: 0,
    expected: 0,
    correct: 0,
    missing: 0,
    extra: 0,
  });
  const categories: Record<string, CategoryFigures> = {};
  const total = blank();
  for (const r of results) {
    const c = categories[r.category] ?? blank();
    categories[r.category] = c;
    for (const f of [c, total]) {
      f.records++;
      if (r.pass) f.passed++;
      f.expected += r.correct.length + r.missing.length;
      f.correct += r.correct.length;
      f.missing += r.missing.length;
      f.extra += r.extra.length;
    }
  }
  const ratio = (a: number, b: number) => (b ? Math.round((a / b) * 1000) / 1000 : 0);
  return {
    categories,
    total,
    passRate: ratio(total.correct, total.expected),
    extraRate: ratio(total.extra, total.expected),
    recordPassRate: ratio(total.passed, total.records),
  };
}
