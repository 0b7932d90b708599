import type { ActorRef } from '../../src/core/doc.js';
import type { Kb, LexEntry, OntologyEntry, Resolution } from '../../src/kb/types.js';

/**
 * A knowledge base of a handful of entries, for engine tests that must not move when data/ grows.
 * Resolution follows the real resolver's order: a person, else country + role noun, else country,
 * else a role noun alone (partial).
 */
interface Person {
  name: string;
  gender: 'm' | 'f';
  country: string;
  role: string;
  office: string;
}
const COUNTRIES: Record<string, string> = {
  japan: 'JPN',
  japanese: 'JPN',
  tokyo: 'JPN',
  china: 'CHN',
  chinese: 'CHN',
  beijing: 'CHN',
  'u.s.': 'USA',
  'united states': 'USA',
  washington: 'USA',
  russia: 'RUS',
  ukraine: 'UKR',
  taiwan: 'TWN',
};
const CAPITALS = new Set(['tokyo', 'beijing', 'washington']);
const PEOPLE: Record<string, Person> = {
  'sanae takaichi': {
    name: 'Sanae Takaichi',
    gender: 'f',
    country: 'JPN',
    role: 'GOV',
    office: 'head_of_government',
  },
  takaichi: {
    name: 'Sanae Takaichi',
    gender: 'f',
    country: 'JPN',
    role: 'GOV',
    office: 'head_of_government',
  },
  'donald trump': { name: 'Donald Trump', gender: 'm', country: 'USA', role: 'GOV', office: 'head_of_state' },
  trump: { name: 'Donald Trump', gender: 'm', country: 'USA', role: 'GOV', office: 'head_of_state' },
  'xi jinping': { name: 'Xi Jinping', gender: 'm', country: 'CHN', role: 'GOV', office: 'head_of_state' },
  xi: { name: 'Xi Jinping', gender: 'm', country: 'CHN', role: 'GOV', office: 'head_of_state' },
};
const AGENTS: Record<string, { role: string; number: 'sg' | 'pl'; office?: string }> = {
  'prime minister': { role: 'GOV', number: 'sg', office: 'head_of_government' },
  president: { role: 'GOV', number: 'sg', office: 'head_of_state' },
  officials: { role: 'GOV', number: 'pl' },
  troops: { role: 'MIL', number: 'pl' },
  forces: { role: 'MIL', number: 'pl' },
  'coast guard': { role: 'MIL', number: 'sg' },
};

const ONTOLOGY: Array<[string, number, 1 | 2 | 3 | 4]> = [
  ['040', 1, 1],
  ['041', 1, 1],
  ['042', 1.9, 1],
  ['043', 2.8, 1],
  ['036', 4, 1],
  ['051', 3.4, 1],
  ['111', -2, 3],
  ['112', -2, 3],
  ['150', -7.2, 4],
  ['190', -10, 4],
  ['195', -10, 4],
  ['163', -8, 4],
  ['1312', -5.8, 3],
  ['1384', -7, 3],
  ['130', -4.4, 3],
  ['145', -7.5, 4],
];

const phrases = new Map<string, LexEntry[]>();
const add = (phrase: string, e: LexEntry) => phrases.set(phrase, [...(phrases.get(phrase) ?? []), e]);
for (const [k, code] of Object.entries(COUNTRIES))
  add(k, { kind: CAPITALS.has(k) ? 'capital' : /ese$|ian$/.test(k) ? 'demonym' : 'country', id: code });
for (const k of Object.keys(PEOPLE)) add(k, { kind: 'person', id: k });
for (const k of Object.keys(AGENTS)) add(k, { kind: 'agent', id: k });
const maxWords = Math.max(...[...phrases.keys()].map((p) => p.split(' ').length));

const words = (text: string): string[] =>
  text
    .toLowerCase()
    .replace(/['’]s\b/g, ' ')
    .split(/\s+/)
    .filter(Boolean);

export const tinyKb: Kb = {
  ontology: new Map<string, OntologyEntry>(
    ONTOLOGY.map(([code, goldstein, quad]) => [
      code,
      { code, name: code, goldstein, quad, plover: { event: 'X', mode: null, context: [] } },
    ]),
  ),
  lexicon: {
    longest(tokens, start) {
      for (let n = Math.min(maxWords, tokens.length - start); n >= 1; n--) {
        const hit = phrases.get(tokens.slice(start, start + n).join(' '));
        if (hit) return { length: n, entries: hit };
      }
      return null;
    },
  },
  resolve(text, _date, ctx): Resolution {
    const w = words(text);
    let country: string | null = null;
    let agent: (typeof AGENTS)[string] | undefined;
    for (let i = 0; i < w.length; i++) {
      for (let n = Math.min(maxWords, w.length - i); n >= 1; n--) {
        const phrase = w.slice(i, i + n).join(' ');
        const person = PEOPLE[phrase];
        if (person) {
          const actor: ActorRef = {
            code: person.country + person.role,
            country: person.country,
            role: person.role,
            name: person.name,
          };
          return {
            actor,
            kind: 'person',
            gender: person.gender,
            number: 'sg',
            office: person.office,
            rule: 'person',
          };
        }
        if (COUNTRIES[phrase]) {
          country = COUNTRIES[phrase]!;
          if (CAPITALS.has(phrase) && ctx?.use !== 'location') agent ??= { role: 'GOV', number: 'sg' };
          i += n - 1;
          break;
        }
        if (AGENTS[phrase]) {
          agent = AGENTS[phrase];
          i += n - 1;
          break;
        }
      }
    }
    if (country && agent) {
      return {
        actor: { code: country + agent.role, country, role: agent.role, name: null },
        kind: 'role',
        number: agent.number,
        rule: 'country+agent',
      };
    }
    if (country)
      return {
        actor: { code: country, country, role: null, name: null },
        kind: 'country',
        number: 'sg',
        rule: 'country',
      };
    if (agent)
      return {
        actor: null,
        reason: 'role without country',
        partial: { role: agent.role, number: agent.number, ...(agent.office && { office: agent.office }) },
      };
    return { actor: null, reason: 'unknown' };
  },
  officeHolder: () => null,
  issues: [],
  stats: () => ({}),
};
