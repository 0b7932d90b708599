// The resolver: the text of a mention + the event's date + the article's context → an actor
// {code, country, role, name}, or "unknown" with the reason. Rules, in order:
//   person (a name or alias; the term in force on the date gives the role, else default_role)
//   organisation (when no country is named beside it)
//   office-holder (country + a role noun naming an office: the person holding it on the date)
//   country+agent (country + role noun: JPN + troops → JPNMIL)
//   seat / capital as an actor → the government (or the seat's own code: the Pentagon → USAMIL);
//     as a location → the place
//   country (a country, demonym, capital or seat named in the mention)
//   place (data/actors/places.yaml, cities.yaml): its country, below any of the above and below an
//     organisation; not when the mention has the shape of a person's name or a named thing around it
//     ("Charlotte Smith", "Mosul Dam")
//   ambiguous names (Georgia, Congo, Washington, Jordan, Chad, Niger) are read from the article's
//   context before any of this (data/actors/ambiguous.yaml).
import type { ActorRef } from '../core/doc.js';
import type { Agent } from './agents.js';
import type { Ambiguity, Country, Reading } from './countries.js';
import type { PhraseIndex } from './lexicon.js';
import type { Organisation } from './organisations.js';
import { orgRole } from './organisations.js';
import { type Person, termOn } from './people.js';
import type { Place } from './places.js';
import { norm } from './text.js';
import type { LexEntry, PersonHit, Resolution, ResolveContext } from './types.js';

export interface KbTables {
  countries: ReadonlyMap<string, Country>;
  /** Seat of power (normalised phrase) → the actor code it speaks for. */
  seats: ReadonlyMap<string, string>;
  people: ReadonlyMap<string, Person>;
  orgs: ReadonlyMap<string, Organisation>;
  agents: ReadonlyMap<string, Agent>;
  ambiguous: ReadonlyMap<string, Ambiguity>;
  lexicon: PhraseIndex;
  /** The gazetteer's places by normalised name or alias. */
  places?: ReadonlyMap<string, Place>;
  /** Lower-cased words that may stand beside a place's name ("oblast", "northern"). */
  placeWords?: ReadonlySet<string>;
}

const COUNTRYISH = new Set<LexEntry['kind']>(['country', 'demonym', 'capital', 'seat', 'place']);

/**
 * The words of a mention as the lexicon keys them ("Japan's" → "japan"). A leading "the" stays: names
 * that include it match whole ("The Hague", "the Rangers"), and elsewhere it matches nothing.
 */
const mentionWords = (text: string): string[] => norm(text).replace(/'s\b/g, ' ').split(' ').filter(Boolean);

/** Words of the mention as written (for capitals), aligned with mentionWords. */
const writtenWords = (text: string): string[] =>
  text.replace(/’/g, "'").trim().replace(/'s\b/g, ' ').split(/\s+/).filter(Boolean);

interface CountryHit {
  code: string;
  kind: LexEntry['kind'];
  phrase: string;
  /** Set when an ambiguity rule chose the reading. */
  reading?: Reading;
  why?: string;
}

export function makeResolver(t: KbTables) {
  // People by country, in the knowledge base's order: an office or title is looked up among the
  // people of one country, not all of them (built on first use, again if the table has grown).
  let byCountry: { size: number; people: Map<string, Person[]> } | null = null;
  function peopleOf(country: string): readonly Person[] {
    if (byCountry?.size !== t.people.size) {
      const people = new Map<string, Person[]>();
      for (const p of t.people.values()) {
        const list = people.get(p.country);
        if (list) list.push(p);
        else people.set(p.country, [p]);
      }
      byCountry = { size: t.people.size, people };
    }
    return byCountry.people.get(country) ?? [];
  }

  function officeHolder(country: string, office: string, date: string): PersonHit | null {
    for (const p of peopleOf(country)) {
      const term = termOn(p, date, office);
      if (term) return holderHit(p, country, term.role, office);
    }
    return null;
  }

  /**
   * The person whose post on `date` carries this title ("president"), in `country`: Iran's president
   * heads the government while the Supreme Leader is head of state, so "the Iranian president" is
   * found by title before the office the role noun names in most countries (head_of_state).
   */
  function titleHolder(country: string, title: string, date: string): PersonHit | null {
    for (const p of peopleOf(country)) {
      const term = p.terms.find(
        (x) => x.title?.toLowerCase() === title && termOn(p, date, x.office) === x && !x.org,
      );
      if (term) return holderHit(p, country, term.role, term.office);
    }
    return null;
  }

  const holderHit = (p: Person, country: string, role: string, office: string): PersonHit => ({
    id: p.id,
    name: p.name,
    ...(p.gender && { gender: p.gender }),
    country,
    role,
    office,
  });

  const personActor = (p: Person, date: string): ActorRef => {
    const term = termOn(p, date);
    if (term?.org)
      return { code: term.org, country: term.org.slice(0, 3), role: null, name: p.name, entry: p.id };
    const role = term?.role ?? p.default_role;
    return { code: p.country + role, country: p.country, role, name: p.name, entry: p.id };
  };

  /** Countries the context names: the given codes and every unambiguous country phrase of its text. */
  function contextCountries(ctx: ResolveContext | undefined): Set<string> {
    const out = new Set(ctx?.articleCountries ?? []);
    if (!ctx?.articleText) return out;
    const written = ctx.articleText
      .replace(/’/g, "'")
      .replace(/[^\p{L}\p{N}'. -]+/gu, ' ')
      .replace(/'s\b/g, ' ')
      .replace(/[.,](?=\s|$)/g, ' ')
      .split(/\s+/)
      .filter(Boolean);
    const words = written.map((w) => w.toLowerCase());
    for (let i = 0; i < words.length; ) {
      const hit = t.lexicon.longest(words, i);
      if (!hit) {
        i++;
        continue;
      }
      const phrase = words.slice(i, i + hit.length).join(' ');
      // A place counts only where the text writes it as a name ("Sake" the town, not "for the sake of").
      const asName = written.slice(i, i + hit.length).some((w) => /^\p{Lu}/u.test(w));
      if (!t.ambiguous.has(phrase))
        for (const e of hit.entries)
          if (COUNTRYISH.has(e.kind) && e.id && (e.kind !== 'place' || asName)) out.add(e.id);
      i += hit.length;
    }
    return out;
  }

  /** Picks the reading of an ambiguous name: a person's-name shape first, then cues, else the first. */
  function readAmbiguous(
    a: Ambiguity,
    before: string | undefined,
    after: string | undefined,
    ctx: ResolveContext | undefined,
  ): { reading: Reading; why: string } {
    const capital = (w: string | undefined) => w !== undefined && /^\p{Lu}/u.test(w);
    for (const r of a.readings) {
      if (r.as !== 'person') continue;
      if (r.surname && capital(before) && !t.lexicon.get(before!).length)
        return { reading: r, why: `after the given name "${before}"` };
      if (r.given_name && capital(after) && !t.lexicon.get(after!).length)
        return { reading: r, why: `before the surname "${after}"` };
    }
    const named = articleCountries(ctx);
    const text = ctx?.articleText ?? '';
    let best: { reading: Reading; score: number; why: string } | null = null;
    for (const r of a.readings) {
      if (r.as === 'person') continue;
      const cues = r.cues.filter((c) => cueIn(text, c));
      const codes = r.countries.filter((c) => named.has(c));
      const score = cues.length * 2 + codes.length;
      if (score > 0 && (!best || score > best.score))
        best = { reading: r, score, why: `the article names ${[...cues, ...codes].join(', ')}` };
    }
    if (best) return best;
    const first = a.readings.find((r) => r.as !== 'person')!;
    return { reading: first, why: 'no cue in the article: the usual reading' };
  }

  /**
   * Why a place's name does not name the place here: a capitalised word the knowledge base does not
   * know right before it ("Michael Jackson", "Whitney Houston") or right after it ("Charlotte Smith",
   * "Mosul Dam") makes the mention a person's name or the name of a thing. Place words ("Oblast",
   * "Northern") and a leading "The" do not count. Null when the place stands as a place.
   */
  function nameShape(before: string | undefined, after: string | undefined): string | null {
    // An abbreviated title ("Gov.", "Sen.", "Lt.") stands before a name but is none itself.
    const unknownName = (w: string | undefined): boolean =>
      w !== undefined &&
      /^\p{Lu}/u.test(w) &&
      !/^\p{Lu}\p{Ll}{1,3}\.$/u.test(w) &&
      w.toLowerCase() !== 'the' &&
      !t.placeWords?.has(w.toLowerCase()) &&
      !t.lexicon.get(w).length;
    if (unknownName(before)) return `follows the name "${before}"`;
    if (unknownName(after)) return `comes before the name "${after}"`;
    return null;
  }

  function resolve(text: string, date: string, ctx?: ResolveContext): Resolution {
    const words = mentionWords(text);
    const written = writtenWords(text);
    const aligned = written.length === words.length;
    let country: CountryHit | null = null;
    let agent: Agent | undefined;
    let agentNoun: string | undefined;
    let person: Person | undefined;
    let org: Organisation | undefined;
    // A place counts only when nothing else names a country (and no organisation is named).
    let place: CountryHit | null = null;
    let namedThing: string | null = null;
    for (let i = 0; i < words.length; ) {
      const hit = t.lexicon.longest(words, i);
      if (!hit) {
        i++;
        continue;
      }
      const phrase = words.slice(i, i + hit.length).join(' ');
      const amb = t.ambiguous.get(phrase);
      if (amb && !country && !person) {
        const { reading, why } = readAmbiguous(
          amb,
          aligned ? written[i - 1] : undefined,
          aligned ? written[i + hit.length] : undefined,
          ctx,
        );
        if (reading.as === 'person') {
          if (!hit.entries.some((e) => e.kind === 'person'))
            return {
              actor: null,
              reason: `"${amb.name}" is a person's name here (${why}), not a known actor`,
            };
        } else {
          country = { code: reading.code!, kind: reading.as, phrase, reading, why };
          i += hit.length;
          continue;
        }
      }
      for (const e of hit.entries) {
        if (e.kind === 'person') person ??= t.people.get(e.id);
        else if (e.kind === 'org') org ??= t.orgs.get(e.id);
        else if (e.kind === 'place') {
          if (place || namedThing) continue;
          const shape = aligned ? nameShape(written[i - 1], written[i + hit.length]) : null;
          if (shape) namedThing = `"${written.slice(i, i + hit.length).join(' ')}" ${shape}`;
          else place = { code: e.id, kind: 'place', phrase };
        } else if (COUNTRYISH.has(e.kind) && !country) country = { code: e.id, kind: e.kind, phrase };
        else if (e.kind === 'agent') {
          agent = t.agents.get(e.id);
          agentNoun = e.id;
        }
      }
      i += hit.length;
    }
    if (person) {
      const term = termOn(person, date);
      return {
        actor: personActor(person, date),
        kind: 'person',
        ...(person.gender && { gender: person.gender }),
        number: 'sg',
        ...(term && { office: term.office }),
        rule: term
          ? `person: ${term.title ?? term.office} on ${date}`
          : `person: no term on ${date}, default role`,
      };
    }
    if (org && !country) {
      // A group that fights in several countries is coded by the one the article is about.
      const named = org.acts_in.length ? [...articleCountries(ctx)] : [];
      const where = named.find((c) => org.acts_in.includes(c));
      const code = where ? where + org.code.slice(3) : org.code;
      return {
        actor: {
          code,
          country: code.slice(0, 3),
          role: orgRole(org.code),
          name: org.name,
          entry: org.code,
        },
        kind: /^(IGO|NGO)/.test(org.code) ? 'org' : 'group',
        number: 'sg',
        rule: where ? `organisation, acting in ${where}` : 'organisation',
      };
    }
    if (!country && place) {
      if (!place.code) {
        const p = t.places?.get(place.phrase);
        const claim = p?.claimants.length ? `, claimed by ${p.claimants.join(', ')}` : '';
        return {
          actor: null,
          reason: `"${p?.name ?? placeName(text)}" is a place of no single country${claim}`,
        };
      }
      country = place;
    }
    if (!country && namedThing && !agent)
      return { actor: null, reason: `${namedThing}: a person's name or a named thing, not the place` };
    const ambiguity = country?.reading ? ` (${country.phrase}: ${country.why})` : '';
    if (country && agent?.office) {
      const holder =
        (agentNoun !== undefined ? titleHolder(country.code, agentNoun, date) : null) ??
        officeHolder(country.code, agent.office, date);
      if (holder) {
        const p = t.people.get(holder.id)!;
        return {
          actor: personActor(p, date),
          kind: 'person',
          ...(p.gender && { gender: p.gender }),
          number: 'sg',
          office: holder.office,
          rule: `office-holder: ${holder.office} of ${country.code} on ${date}${ambiguity}`,
        };
      }
    }
    if (country && agent) {
      return {
        actor: { code: country.code + agent.role, country: country.code, role: agent.role, name: null },
        kind: 'role',
        number: agent.number,
        ...(agent.office && { office: agent.office }),
        rule: `country+agent${ambiguity}`,
      };
    }
    if (country && (country.kind === 'capital' || country.kind === 'seat')) {
      const label = country.kind === 'seat' ? 'seat' : 'capital';
      if (ctx?.use === 'location') {
        return {
          actor: { code: country.code, country: country.code, role: null, name: placeName(text) },
          kind: 'country',
          number: 'sg',
          rule: `${label}-as-place${ambiguity}`,
        };
      }
      const code = t.seats.get(country.phrase) ?? `${country.code}GOV`;
      return {
        actor: { code, country: country.code, role: code.slice(3, 6) || null, name: null },
        kind: 'role',
        number: 'sg',
        rule: `${label}-as-${code.slice(3, 6) === 'GOV' ? 'government' : 'actor'}${ambiguity}`,
      };
    }
    if (country) {
      const isPlace = country.kind === 'place';
      return {
        actor: {
          code: country.code,
          country: country.code,
          role: null,
          name: isPlace
            ? (country.reading?.name ?? t.places?.get(country.phrase)?.name ?? placeName(text))
            : (t.countries.get(country.code)?.name ?? null),
        },
        kind: 'country',
        number: 'sg',
        rule: `${isPlace ? 'place' : 'country'}${ambiguity}`,
      };
    }
    if (agent)
      return {
        actor: null,
        reason: 'a role noun without a country',
        partial: { role: agent.role, number: agent.number, ...(agent.office && { office: agent.office }) },
      };
    return { actor: null, reason: 'not in the knowledge base' };
  }

  // Every ambiguous mention of an article reads the same article: the countries its text names and
  // the cues it holds are worked out once per article (the last one asked about; a knowledge base
  // grown since is read afresh).
  let context: { text: string; size: number; countries: Set<string>; cues: Map<string, boolean> } | null =
    null;
  function articleContext(text: string) {
    if (context?.text !== text || context.size !== t.lexicon.size)
      context = {
        text,
        size: t.lexicon.size,
        countries: contextCountries({ articleText: text }),
        cues: new Map(),
      };
    return context;
  }

  /** contextCountries, with the article's text read once per article. */
  function articleCountries(ctx: ResolveContext | undefined): Set<string> {
    const out = new Set(ctx?.articleCountries ?? []);
    if (!ctx?.articleText) return out;
    for (const c of articleContext(ctx.articleText).countries) out.add(c);
    return out;
  }

  /** Does the article's text hold the cue as a word or phrase of its own? */
  function cueIn(text: string, cue: string): boolean {
    const cues = articleContext(text).cues;
    let found = cues.get(cue);
    if (found === undefined) {
      found = cueRegExp(cue).test(text);
      cues.set(cue, found);
    }
    return found;
  }

  return { resolve, officeHolder };
}

const placeName = (text: string): string => text.trim().replace(/^the\s+/i, '');
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const cueRegExps = new Map<string, RegExp>();
/** The cue as a whole word or phrase (compiled once per cue). */
function cueRegExp(cue: string): RegExp {
  let re = cueRegExps.get(cue);
  if (!re) {
    re = new RegExp(`(^|[^\\p{L}])${escapeRegExp(cue)}($|[^\\p{L}])`, 'u');
    cueRegExps.set(cue, re);
  }
  return re;
}
