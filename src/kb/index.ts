// Interim knowledge base (lead): countries from the `world-countries` package, people and role nouns
// from data/ when present. The knowledge-base work (issue 3) replaces this file with the full loader.
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { z } from 'zod';
import { loadYamlList } from '../core/data-file.js';
import type { ActorRef } from '../core/doc.js';
import type { Issue } from '../core/issue.js';
import { dataPath } from '../core/paths.js';
import { loadOntologyInto } from './ontology.js';
import type { Kb, LexEntry, PersonHit, Resolution, ResolveContext } from './types.js';

const Term = z.object({
  office: z.string(),
  title: z.string().optional(),
  role: z.string().length(3),
  org: z.string().optional(),
  start: z.union([z.string(), z.date()]).transform(String),
  end: z.union([z.string(), z.date(), z.null()]).transform((v) => (v === null ? null : String(v))),
});
const Person = z.object({
  id: z.string(),
  name: z.string(),
  aliases: z.array(z.string()).default([]),
  gender: z.enum(['m', 'f']).optional(),
  country: z.string().length(3),
  default_role: z.string().length(3).default('ELI'),
  terms: z.array(Term).default([]),
});
type Person = z.infer<typeof Person>;

interface CountryEntry {
  code: string;
  name: string;
}

const require = createRequire(import.meta.url);
const norm = (s: string): string => s.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ').trim();
const day = (s: string): string => s.slice(0, 10);

export function loadKb(): Kb {
  const issues: Issue[] = [];
  const phrases = new Map<string, LexEntry[]>();
  const add = (phrase: string, e: LexEntry) => {
    const k = norm(phrase);
    if (!k) return;
    const list = phrases.get(k) ?? [];
    if (!list.some((x) => x.kind === e.kind && x.id === e.id)) list.push(e);
    phrases.set(k, list);
  };
  const countries = new Map<string, CountryEntry>();
  for (const c of require('world-countries') as Array<{
    cca3: string;
    name: { common: string; official: string };
    altSpellings: string[];
    demonyms?: { eng?: { m: string; f: string } };
    capital: string[];
  }>) {
    countries.set(c.cca3, { code: c.cca3, name: c.name.common });
    add(c.name.common, { kind: 'country', id: c.cca3 });
    add(c.name.official, { kind: 'country', id: c.cca3 });
    for (const a of c.altSpellings) {
      if (a.length > 3) add(a, { kind: 'country', id: c.cca3 });
      else if (/^[A-Z]{2,3}$/.test(a)) add(a.split('').join('.') + '.', { kind: 'country', id: c.cca3 });
    }
    if (c.demonyms?.eng) {
      add(c.demonyms.eng.m, { kind: 'demonym', id: c.cca3 });
      add(c.demonyms.eng.f, { kind: 'demonym', id: c.cca3 });
    }
    for (const cap of c.capital) add(cap.replace(/\s+D\.C\.$/, ''), { kind: 'capital', id: c.cca3 });
  }
  const people = new Map<string, Person>();
  const peopleDir = dataPath('actors', 'people');
  if (existsSync(peopleDir)) {
    for (const f of readdirSync(peopleDir).filter((x) => x.endsWith('.yaml'))) {
      const { items, issues: bad } = loadYamlList(join(peopleDir, f), Person);
      issues.push(...bad);
      for (const p of items) {
        people.set(p.id, p);
        add(p.name, { kind: 'person', id: p.id });
        for (const a of p.aliases) add(a, { kind: 'person', id: p.id });
      }
    }
  }
  const orgs = new Map<string, { code: string; name: string }>();
  const orgFile = dataPath('actors', 'organisations.yaml');
  if (existsSync(orgFile)) {
    const { items, issues: bad } = loadYamlList(orgFile, OrgEntry, 'organisations');
    issues.push(...bad);
    for (const o of items) {
      orgs.set(o.code, o);
      for (const n of [o.name, ...o.aliases]) add(n, { kind: 'org', id: o.code });
    }
  }
  const agents = loadAgents(issues);
  for (const [noun] of agents) add(noun, { kind: 'agent', id: noun });
  const maxWords = Math.max(1, ...[...phrases.keys()].map((p) => p.split(' ').length));

  const longest = (tokens: readonly string[], start: number) => {
    for (let n = Math.min(maxWords, tokens.length - start); n >= 1; n--) {
      const hit = phrases.get(tokens.slice(start, start + n).join(' '));
      if (hit) return { length: n, entries: hit };
    }
    return null;
  };

  const termOn = (p: Person, date: string) =>
    p.terms.find((t) => day(t.start) <= date && (t.end === null || date <= day(t.end)));
  const personActor = (p: Person, date: string): ActorRef => {
    const t = termOn(p, date);
    if (t?.org) return { code: t.org, country: t.org.slice(0, 3), role: null, name: p.name, entry: p.id };
    const role = t?.role ?? p.default_role;
    return { code: p.country + role, country: p.country, role, name: p.name, entry: p.id };
  };

  function resolve(text: string, date: string, ctx?: ResolveContext): Resolution {
    const words = norm(text).replace(/^the /, '').replace(/'s\b/g, ' ').split(' ').filter(Boolean);
    let country: string | null = null;
    let capital = false;
    let agent: Agent | undefined;
    let person: Person | undefined;
    let org: { code: string; name: string } | undefined;
    for (let i = 0; i < words.length; ) {
      const hit = longest(words, i);
      if (!hit) {
        i++;
        continue;
      }
      for (const e of hit.entries) {
        if (e.kind === 'person') person ??= people.get(e.id);
        else if (e.kind === 'org') org ??= orgs.get(e.id);
        else if ((e.kind === 'country' || e.kind === 'demonym' || e.kind === 'capital') && !country) {
          country = e.id;
          capital = e.kind === 'capital';
        } else if (e.kind === 'agent') agent = agents.get(e.id);
      }
      i += hit.length;
    }
    if (person) {
      const t = termOn(person, date);
      return {
        actor: personActor(person, date),
        kind: 'person',
        ...(person.gender && { gender: person.gender }),
        number: 'sg',
        ...(t && { office: t.office }),
        rule: 'person',
      };
    }
    if (org && !country) {
      const role =
        /^[A-Z]{6}$/.test(org.code) && !/^(IGO|NGO|IMG)/.test(org.code) ? org.code.slice(3, 6) : null;
      return {
        actor: { code: org.code, country: org.code.slice(0, 3), role, name: org.name, entry: org.code },
        kind: /^(IGO|NGO)/.test(org.code) ? 'org' : 'group',
        number: 'sg',
        rule: 'organisation',
      };
    }
    if (country && agent?.office) {
      const holder = officeHolder(country, agent.office, date);
      if (holder) {
        const p = people.get(holder.id)!;
        return {
          actor: personActor(p, date),
          kind: 'person',
          ...(p.gender && { gender: p.gender }),
          number: 'sg',
          office: agent.office,
          rule: 'office-holder',
        };
      }
    }
    if (country && agent) {
      return {
        actor: { code: country + agent.role, country, role: agent.role, name: null },
        kind: 'role',
        number: agent.number,
        ...(agent.office && { office: agent.office }),
        rule: 'country+agent',
      };
    }
    if (country && capital && ctx?.use !== 'location') {
      return {
        actor: { code: `${country}GOV`, country, role: 'GOV', name: null },
        kind: 'role',
        number: 'sg',
        rule: 'capital-as-government',
      };
    }
    if (country)
      return {
        actor: { code: country, country, role: null, name: countries.get(country)?.name ?? null },
        kind: 'country',
        number: 'sg',
        rule: 'country',
      };
    if (agent)
      return {
        actor: null,
        reason: 'a role noun without a country',
        partial: { role: agent.role, number: agent.number, ...(agent.office && { office: agent.office }) },
      };
    return { actor: null, reason: 'not in the knowledge base' };
  }

  function officeHolder(country: string, office: string, date: string): PersonHit | null {
    for (const p of people.values()) {
      if (p.country !== country) continue;
      const t = p.terms.find(
        (x) => x.office === office && day(x.start) <= date && (x.end === null || date <= day(x.end)),
      );
      if (t)
        return {
          id: p.id,
          name: p.name,
          ...(p.gender && { gender: p.gender }),
          country,
          role: t.role,
          office,
        };
    }
    return null;
  }

  return {
    ontology: loadOntologyInto(issues),
    lexicon: { longest },
    resolve,
    officeHolder,
    issues,
    stats: () => ({
      countries: countries.size,
      people: people.size,
      organisations: orgs.size,
      agents: agents.size,
    }),
  };
}

const OrgEntry = z.object({
  code: z.string().regex(/^[A-Z0-9]{3,}$/),
  name: z.string(),
  aliases: z.array(z.string()).default([]),
});

interface Agent {
  role: string;
  number: 'sg' | 'pl';
  office?: string;
}
const AgentEntry = z.object({
  noun: z.string(),
  plural: z.string().optional(),
  role: z.string().length(3),
  office: z.string().optional(),
});

function loadAgents(issues: Issue[]): Map<string, Agent> {
  const agents = new Map<string, Agent>();
  const file = dataPath('agents.yaml');
  if (!existsSync(file)) return agents;
  const { items, issues: bad } = loadYamlList(file, AgentEntry, 'agents');
  issues.push(...bad);
  for (const a of items) {
    agents.set(norm(a.noun), { role: a.role, number: 'sg', ...(a.office && { office: a.office }) });
    if (a.plural) agents.set(norm(a.plural), { role: a.role, number: 'pl' });
  }
  return agents;
}

let cached: Kb | undefined;
export const defaultKb = (): Kb => {
  cached ??= loadKb();
  return cached;
};
