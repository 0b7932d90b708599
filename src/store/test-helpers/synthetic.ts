// Synthetic coded events for store and API load tests: articles with event records made directly
// (no coding), seeded so every run makes the same store. Codes, QuadClass, Goldstein and PLOVER come
// from the CAMEO ontology (data/ontology/cameo.yaml); actors are countries with optional roles; dates
// spread over two years, with some plans dated by month or season as the coder writes them.
import type { Article } from '../../core/article.js';
import type { EventRecord } from '../../core/event.js';
import { rng } from '../../core/random.js';
import { loadOntology } from '../../kb/ontology.js';

const COUNTRIES = [
  'USA', 'JPN', 'CHN', 'RUS', 'UKR', 'GBR', 'FRA', 'DEU', 'IND', 'PAK', 'ISR', 'IRN', 'TUR', 'SAU', 'KOR',
  'PRK', 'BRA', 'MEX', 'EGY', 'NGA', 'ZAF', 'AUS', 'CAN', 'ITA', 'ESP', 'POL', 'SYR', 'IRQ', 'AFG', 'VNM',
]; // biome-ignore format: a list
const ROLES = [null, null, 'GOV', 'MIL', 'BUS', 'OPP', 'MED', 'CVL'];
const SOURCES = ['wire', 'daily', 'herald', 'times', 'post'];
const WORDS = [
  'talks',
  'border',
  'ceasefire',
  'minister',
  'phone',
  'visit',
  'troops',
  'aid',
  'sanctions',
  'summit',
];

export interface SyntheticOptions {
  /** Events per article (default 50). */
  perArticle?: number;
  seed?: number;
  /** First publication day (default 2024-01-01); articles spread over `days` days (default 730). */
  start?: string;
  days?: number;
}

/** Articles with their events, `total` events in all (the last article may hold fewer). */
export function* syntheticEvents(
  total: number,
  opts: SyntheticOptions = {},
): Generator<[Article, EventRecord[]]> {
  const { perArticle = 50, seed = 1, start = '2024-01-01', days = 730 } = opts;
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const codes = [...loadOntology().entries.values()];
  // News names a few countries far more often than the rest: the first ones in the list weigh most.
  const country = (): string => COUNTRIES[Math.floor(r() * r() * COUNTRIES.length)]!;
  const actor = (country: string) => {
    const role = pick(ROLES);
    return { code: country + (role ?? ''), country, role, name: null, text: country };
  };
  const t0 = Date.parse(`${start}T00:00:00Z`);
  type Actor = ReturnType<typeof actor>;
  const followUps: Array<{
    code: (typeof codes)[number];
    source: Actor;
    target: Actor | null;
    date: string;
  }> = [];
  for (let a = 0, made = 0; made < total; a++) {
    const day = new Date(t0 + Math.floor(r() * days) * 86_400_000).toISOString().slice(0, 10);
    const article: Article = {
      id: `syn-${a}`,
      text: `Synthetic article ${a}: ${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)}.`,
      published: day,
      title: `Synthetic ${a}`,
      source: pick(SOURCES),
    };
    const events: EventRecord[] = [];
    for (let i = 0; i < perArticle && made < total; i++, made++) {
      // Some plans are carried out later (the same actors, the same root, a few days on).
      const follow = followUps.length && r() < 0.15 ? followUps.shift() : undefined;
      const c = follow?.code ?? pick(codes);
      const s = country();
      let t = country();
      if (t === s) t = country();
      const status = follow ? 'occurred' : r() < 0.08 ? 'planned' : r() < 0.03 ? 'denied' : 'occurred';
      const shift = Math.floor(r() * 5) - 3;
      const exact = new Date(Date.parse(`${day}T00:00:00Z`) + shift * 86_400_000).toISOString().slice(0, 10);
      const vague = r();
      const date =
        follow?.date ??
        (status === 'planned' && vague < 0.3
          ? exact.slice(0, 7)
          : status === 'planned' && vague < 0.4
            ? `${exact.slice(0, 4)}-SU`
            : r() < 0.02
              ? null
              : exact);
      const source = follow?.source ?? actor(s);
      const target = follow ? follow.target : r() < 0.1 ? null : actor(t);
      if (status === 'planned' && date === exact && r() < 0.5) {
        const later = Date.parse(`${exact}T00:00:00Z`) + Math.floor(r() * 20) * 86_400_000;
        followUps.push({ code: c, source, target, date: new Date(later).toISOString().slice(0, 10) });
      }
      const evidence = `${s} ${c.name.toLowerCase()} ${t} over ${pick(WORDS)} (${a}.${i}).`;
      events.push({
        id: `syn-${a}-e${i}`,
        article_id: article.id,
        sentence: i,
        evidence: { text: evidence, start: 0, end: evidence.length },
        source,
        target,
        code: c.code,
        root: c.code.slice(0, 2),
        quad_class: c.quad,
        goldstein: c.goldstein,
        plover: { event: c.plover.event, mode: c.plover.mode },
        date,
        date_precision:
          date === null ? null : date.length === 10 ? 'day' : date.endsWith('SU') ? 'season' : 'month',
        date_source: 'expression',
        status,
        hedged: false,
        location: r() < 0.3 ? { place: `${t} city`, country: t, lat: null, lon: null } : null,
        confidence: Math.round(r() * 100) / 100,
        rules: [],
      });
    }
    yield [article, events];
  }
}
