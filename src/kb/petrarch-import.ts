// `dyad kb import-petrarch`: PETRARCH/Phoenix actor and agent dictionaries into Dyad's YAML formats,
// so users migrating from PETRARCH keep their dictionaries as a Dyad overlay (--kb DIR).
//   An actor with date restrictions ([USAGOV >20170120]) is a person: each dated code becomes a term
//   (office "petrarch", role = the code's role segment) and the undated code gives country and
//   default role. An actor without dated codes becomes an organisation-style entry {code, name,
//   aliases} — PETRARCH does not tell a country name from a group's, and both resolve alike by code.
//   An agent ("FOREIGN_MINISTER [~GOVFRM]") becomes {noun, plural?, role}: its first three letters.
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { stringify } from 'yaml';
import { type Issue, issue } from '../core/issue.js';
import type { ActorEntry, AgentEntry } from '../petrarch/actors.js';
import { actorKind, readActorDictionary, readAgentDictionary, titleCase } from '../petrarch/actors.js';
import type { AgentEntry as DyadAgent } from './agents.js';
import type { Organisation } from './organisations.js';
import type { Person } from './people.js';

export interface Imported {
  /** Undated actors whose code is a bare country code: their names become the country's names. */
  countries: Array<{ code: string; name: string; names: string[] }>;
  people: Person[];
  organisations: Organisation[];
  agents: DyadAgent[];
  issues: Issue[];
}

const COUNTRY_ROLE = /^([A-Z]{3})([A-Z]{3})/;
const FAR_PAST = '1800-01-01';

export { titleCase };

const slug = (s: string): string =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function personOf(a: ActorEntry, file: string, issues: Issue[]): Person | null {
  const [first, ...rest] = a.names.map(titleCase);
  const base = a.code ?? a.dated.find((d) => COUNTRY_ROLE.test(d.code))?.code ?? null;
  const m = base ? (COUNTRY_ROLE.exec(base) ?? /^([A-Z]{3})/.exec(base)) : null;
  if (!first || !m) {
    issues.push(issue('BAD_DATA', 'an actor with dated codes but no country code', file, a.line));
    return null;
  }
  const country = m[1]!;
  const terms: Person['terms'] = [];
  for (const d of a.dated) {
    const dm = COUNTRY_ROLE.exec(d.code);
    if (!dm) continue;
    terms.push({
      office: 'petrarch',
      title: d.code,
      role: dm[2]!,
      start: d.from ?? FAR_PAST,
      end: d.to ?? null,
    });
  }
  return {
    id: `petrarch-${country.toLowerCase()}-${slug(first)}`,
    name: first,
    aliases: rest.filter((n) => n !== first),
    country,
    default_role: a.code && m[2] ? m[2] : 'ELI',
    terms,
  };
}

/** Reads actor dictionaries into people (dated) and organisations (undated). */
export function importActors(source: string, file: string, out: Imported): void {
  const dict = readActorDictionary(source, file);
  out.issues.push(...dict.issues);
  const seen = new Set(out.people.map((p) => p.id));
  for (const a of dict.actors) {
    const kind = actorKind(a);
    if (kind === 'person') {
      const p = personOf(a, file, out.issues);
      if (!p) continue;
      let id = p.id;
      for (let n = 2; seen.has(id); n++) id = `${p.id}-${n}`;
      seen.add(id);
      out.people.push({ ...p, id });
      continue;
    }
    if (kind === null || !a.code) continue; // `---`: PETRARCH's "not an actor"
    if (kind === 'group') {
      out.issues.push(
        issue(
          'BAD_DATA',
          `"${a.code}": a name for several actors has no Dyad entry; not imported`,
          file,
          a.line,
        ),
      );
      continue;
    }
    const [name, ...aliases] = a.names.map(titleCase);
    if (!name) continue;
    if (kind === 'country') out.countries.push({ code: a.code, name, names: aliases });
    else out.organisations.push({ code: a.code, name, aliases, acts_in: [] });
  }
}

/** Reads an agents dictionary into role nouns. */
export function importAgents(source: string, file: string, out: Imported): void {
  const dict = readAgentDictionary(source, file);
  out.issues.push(...dict.issues);
  for (const a of dict.agents as AgentEntry[]) {
    const singular = a.forms.find((f) => !f.plural);
    const plural = a.forms.find((f) => f.plural);
    const role = a.code.slice(0, 3);
    if (!singular || !/^[A-Z]{3}$/.test(role)) {
      out.issues.push(
        issue('BAD_DATA', `agent without a singular form or a role code (${a.code})`, file, a.line),
      );
      continue;
    }
    out.agents.push({
      noun: singular.words.join(' ').toLowerCase(),
      ...(plural && { plural: plural.words.join(' ').toLowerCase() }),
      role,
    });
  }
}

/** Organisations are keyed by code in Dyad: entries sharing a code merge their names. */
function mergeByCode(orgs: readonly Organisation[]): Organisation[] {
  const by = new Map<string, Organisation>();
  for (const o of orgs) {
    const prev = by.get(o.code);
    if (!prev) by.set(o.code, { ...o, aliases: [...o.aliases] });
    else
      prev.aliases.push(
        ...[o.name, ...o.aliases].filter((n) => n !== prev.name && !prev.aliases.includes(n)),
      );
  }
  return [...by.values()];
}

/** An agents file is recognised by its name (PETRARCH names them *agents*.txt). */
export const isAgentsFile = (file: string): boolean => /agents/i.test(basename(file));

/** Country entries sharing a code merge their names; the first name is kept only for a new code. */
function mergeCountries(
  entries: Imported['countries'],
): Array<{ code: string; name: string; names: string[] }> {
  const by = new Map<string, { code: string; name: string; names: string[] }>();
  for (const c of entries) {
    const prev = by.get(c.code);
    if (!prev) by.set(c.code, { ...c, names: [...c.names] });
    else prev.names.push(...[c.name, ...c.names].filter((n) => n !== prev.name && !prev.names.includes(n)));
  }
  return [...by.values()];
}

/**
 * Writes the imported entries as an overlay folder: countries.yaml, people/petrarch.yaml,
 * organisations.yaml, agents.yaml.
 */
export function writeOverlay(dir: string, imported: Imported): string[] {
  const written: string[] = [];
  const header = '# Imported from PETRARCH dictionaries by `dyad kb import-petrarch`; format: docs/kb.md.\n';
  const put = (path: string, body: unknown) => {
    writeFileSync(path, header + stringify(body, { lineWidth: 0 }));
    written.push(path);
  };
  mkdirSync(dir, { recursive: true });
  if (imported.countries.length) {
    // For a code Dyad knows, `name` renames the country to PETRARCH's first phrase; names are added.
    const countries = mergeCountries(imported.countries).map((c) => ({
      code: c.code,
      name: c.name,
      names: c.names,
    }));
    put(join(dir, 'countries.yaml'), { countries });
  }
  if (imported.people.length) {
    mkdirSync(join(dir, 'people'), { recursive: true });
    put(join(dir, 'people', 'petrarch.yaml'), imported.people);
  }
  if (imported.organisations.length)
    put(join(dir, 'organisations.yaml'), { organisations: mergeByCode(imported.organisations) });
  if (imported.agents.length) {
    const byNoun = new Map(imported.agents.map((a) => [a.noun, a]));
    put(join(dir, 'agents.yaml'), { agents: [...byNoun.values()] });
  }
  return written;
}
