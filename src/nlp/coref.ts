import type { ActorRef, Doc, Mention, Quote } from '../core/doc.js';
import { nlpLexicons } from './lexicons.js';

/** How many sentences back an antecedent may lie. */
const WINDOW = 4;

/**
 * Resolves pronouns, plural nominals ("the two leaders"), office nominals ("the prime minister") and
 * bare role nouns ("police", "its forces") to earlier mentions, with agreement of gender, number and
 * kind. Returns a new mention list; resolved mentions carry `antecedent` and the antecedent's actor,
 * plural ones `members`.
 */
export interface CorefOptions {
  /**
   * A role with no country of its own and no owner ("officials said"): by default it takes the country
   * of its passage; with `none` it stays an actor of no country, `---` and its role (PETRARCH's `---GOV`).
   */
  bareRoles?: 'context' | 'none';
}

export function resolveCoreference(
  doc: Doc,
  quotes: readonly Quote[],
  options: CorefOptions = {},
): Mention[] {
  const out = doc.mentions.map((m) => ({ ...m }));
  const lex = nlpLexicons();
  const roleless = (m: Mention) =>
    m.actor === null && m.role !== undefined && m.kind !== 'pronoun' && !m.members && m.use !== 'modifier';
  // "the two countries' military chiefs": a role noun owned by a noun phrase waits for its owner, as one
  // owned by a pronoun ("its forces") does.
  for (const m of out) {
    if (!roleless(m) || m.antecedent !== undefined) continue;
    const owner = possessorOf(doc, out, m);
    if (owner) m.antecedent = owner.id;
  }
  // "Iran-backed militias", "Russian-backed separatists": the country before the compound backs the
  // group from outside; the group is not of that country.
  const backers = new Map<number, string>();
  for (const m of out) {
    if (!roleless(m)) continue;
    const c = out.findLast((x) => x.end <= m.start && x.sentence === m.sentence && x.id !== m.id);
    const gap = c ? doc.article.text.slice(c.end, m.start) : '';
    if (c?.actor?.country && SUPPORTED.test(gap)) backers.set(m.id, c.actor.country);
  }
  // Role nouns first ("The army said it had deployed troops": "it" needs the army's country), except
  // those owned by someone, who is resolved first.
  for (const m of out)
    if (roleless(m) && m.antecedent === undefined) resolveRole(out, m, options, backers.get(m.id));
  for (const m of out) if (m.actor === null && m.kind === 'unknown') resolveApposition(doc, out, m);
  for (const m of out) if (m.actor === null && m.kind === 'unknown') resolveSurname(out, m);
  for (const m of out) {
    if (m.kind === 'pronoun' && m.rule === 'reciprocal') continue;
    if (m.kind === 'pronoun')
      resolvePronoun(
        out,
        m,
        quotes,
        lex.pronouns.get(m.text.toLowerCase())?.person ?? 3,
        clauseSubject(doc, out, m),
      );
    else if (m.kind === 'plural' && !m.members)
      resolvePlural(out, m, lex.plurals.get(pluralKey(m.text)) ?? { of: 'any', members: 0 });
  }
  for (const m of out) if (roleless(m)) resolveRole(out, m, options, backers.get(m.id));
  return out;
}

/** The words between a country and a role noun that make the country a backer: "Iran-backed". */
const SUPPORTED = /^\s*[-‐–]\s*(backed|supported|sponsored|funded|armed|trained|allied|aligned)\s+$/i;

const pluralKey = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ');

/** Candidates in salience order: this sentence right to left, then earlier sentences left to right. */
function* candidates(
  mentions: Mention[],
  m: Mention,
  window = WINDOW,
  notThis?: Mention,
): Generator<Mention> {
  const before = mentions.filter(
    (c) => c.end <= m.start && c.use !== 'modifier' && c.use !== 'location' && c !== notThis,
  );
  const same = before.filter((c) => c.sentence === m.sentence).reverse();
  yield* same;
  for (let s = m.sentence - 1; s >= Math.max(0, m.sentence - window); s--) {
    yield* before.filter((c) => c.sentence === s);
  }
}

const isPersonLike = (c: Mention): boolean =>
  c.entity === 'person' ||
  (c.actor !== null && c.office !== undefined && c.kind === 'role') ||
  // "Rwandan minister James Kabarebe": a role noun with a name the knowledge base lacks is a person.
  (c.actor !== null && c.role !== undefined && TITLED_NAME.test(c.text));
/** A lower-case role word followed by a capitalised first and last name, at the end of a mention. */
const TITLED_NAME = /\b\p{Ll}+\s+\p{Lu}\p{Ll}+(\s+\p{Lu}[\p{Ll}-]+)+$/u;

/**
 * The subject of the clause an object pronoun sits in ("Xi met Putin, who praised him": Putin), which the
 * pronoun cannot refer to: the nearest actor before the verb that precedes the pronoun.
 */
function clauseSubject(doc: Doc, mentions: Mention[], m: Mention): Mention | undefined {
  if (nlpLexicons().pronouns.get(m.text.toLowerCase())?.case !== 'object') return undefined;
  const verb = doc.tokens.findLast((t) => t.sentence === m.sentence && t.end <= m.start && t.pos === 'VERB');
  if (!verb) return undefined;
  // "sanctioned minister X on Thursday, accusing him of ...": a participle after a comma has the
  // sentence's subject, the first actor named before the sentence's first verb.
  const at = doc.tokens.indexOf(verb);
  if (verb.lower.endsWith('ing') && doc.tokens[at - 1]?.text === ',') {
    const first = doc.tokens.find((t) => t.sentence === m.sentence && t.pos === 'VERB');
    const subject = mentions.find(
      (c) => c.sentence === m.sentence && first !== undefined && c.end <= first.start && c.use !== 'modifier',
    );
    if (subject) return subject;
  }
  return mentions.findLast(
    (c) => c.sentence === m.sentence && c.end <= verb.start && c.use !== 'modifier' && c.id !== m.id,
  );
}

function resolvePronoun(
  mentions: Mention[],
  m: Mention,
  quotes: readonly Quote[],
  person: number,
  notThis?: Mention,
): void {
  if (person === 1) {
    const q = quotes.find((x) => x.content.start <= m.start && m.end <= x.content.end && x.speaker !== null);
    const speaker = q ? mentions[q.speaker!] : undefined;
    if (speaker) link(m, speaker, 'coref:quote-speaker');
    return;
  }
  if (m.number === 'pl') {
    // "They agreed ...": a group named before ("the two leaders", "Japan and China") is the likeliest
    // referent, even further back than a single actor would be.
    for (const c of candidates(mentions, m, 2 * WINDOW, notThis)) {
      if (c.members && c.members.length > 1) {
        link(m, c, 'coref:they-group');
        return;
      }
    }
  }
  // he/she: a person of that gender first; one whose gender is unknown only if none is found.
  if (m.gender === 'm' || m.gender === 'f') {
    for (const c of candidates(mentions, m, WINDOW, notThis)) {
      if (c.actor && c.number === 'sg' && isPersonLike(c) && c.gender === m.gender) {
        link(m, c, `coref:${m.gender}`);
        return;
      }
    }
  }
  for (const c of candidates(mentions, m, WINDOW, notThis)) {
    // "inaugurated the Grand Ethiopian Renaissance Dam ..., calling it a source of pride": an unknown
    // name nearer in the sentence is the likelier referent of "it", and it is no actor.
    if (m.gender === 'n' && c.kind === 'unknown' && c.actor === null && c.sentence === m.sentence) return;
    if (c.kind === 'pronoun' && c.actor === null && !c.members) continue;
    if (m.number === 'pl') {
      if (c.number === 'pl' && c.actor) {
        link(m, c, 'coref:they-plural');
        return;
      }
      continue;
    }
    if (c.number !== 'sg' || (!c.actor && !c.members)) continue;
    if (m.gender === 'm' || m.gender === 'f') {
      if (isPersonLike(c) && (c.gender === undefined || c.gender === m.gender)) {
        link(m, c, `coref:${m.gender}`);
        return;
      }
      continue;
    }
    // it / its: a country, organisation, group or body.
    if (!isPersonLike(c) && c.entity !== 'person') {
      link(m, c, 'coref:it');
      return;
    }
  }
  // "sanctions on three units of the GRU and 18 of its officers, accusing them of ...": with no plural
  // antecedent, "they"/"them" is the nearest body (not a person) named before it in its sentence.
  if (m.number === 'pl') {
    for (const c of candidates(mentions, m, 0, notThis)) {
      if (c.actor && c.kind !== 'pronoun' && !isPersonLike(c) && c.entity !== 'person') {
        link(m, c, 'coref:they-body');
        return;
      }
    }
    return;
  }
  // Cataphora: "Before he left Beijing, Putin met Xi" — a he/she with nobody before it points forward to
  // the first person of that gender in its sentence.
  if (m.gender === 'm' || m.gender === 'f') {
    const ahead = mentions.find(
      (c) =>
        c.sentence === m.sentence &&
        c.start > m.end &&
        c.actor !== null &&
        c.use === 'actor' &&
        isPersonLike(c) &&
        c.gender === m.gender,
    );
    if (ahead) link(m, ahead, `coref:cataphora-${m.gender}`);
  }
}

function link(m: Mention, c: Mention, rule: string): void {
  m.antecedent = c.id;
  m.actor = c.actor;
  if (c.members) m.members = c.members;
  if (c.entity) m.entity = c.entity;
  if (c.office) m.office = c.office;
  m.rule = rule;
}

/** "the two leaders" → the last two distinct people named; "the two countries" → the last two countries. */
function resolvePlural(
  mentions: Mention[],
  m: Mention,
  plural: { of: 'person' | 'country' | 'any'; members: number },
): void {
  const { of } = plural;
  // "the two leaders", "each side": as many as the phrase says; "the leaders": up to three.
  const want = plural.members || 3;
  const fits = (c: Mention) =>
    c.actor !== null &&
    (of === 'person' ? isPersonLike(c) : of === 'country' ? c.entity === 'country' : true);
  // A group named as such ("India and Pakistan ... the two countries") is the likeliest referent.
  for (const c of candidates(mentions, m, 2 * WINDOW)) {
    const members = c.members?.map((id) => mentions[id]!);
    if (!members || members.length < 2 || (plural.members && members.length !== plural.members)) continue;
    if (members.every(fits)) {
      m.members = c.members!;
      m.antecedent = c.id;
      m.rule = `coref:plural-group-${of}`;
      return;
    }
  }
  const seen = new Map<string, Mention>();
  for (const c of candidates(mentions, m)) {
    if (!c.actor || c.members) continue;
    if (of === 'person' && !isPersonLike(c)) continue;
    if (of === 'country' && c.entity !== 'country') continue;
    // People are told apart by name; countries and sides by country ("each side": India, Pakistan).
    const key = of === 'person' ? `${c.actor.code}|${c.actor.name}` : (c.actor.country ?? c.actor.code);
    if (!seen.has(key)) seen.set(key, c);
    if (seen.size === want) break;
  }
  if (seen.size >= 2) {
    m.members = [...seen.values()].sort((a, b) => a.start - b.start).map((c) => c.id);
    m.rule = `coref:plural-${of}`;
  }
}

/**
 * A role noun with no country ("the prime minister", "police", "its forces"): an earlier mention holding
 * the same office, else the owner named by a possessive, else the country the passage is about.
 */
function resolveRole(mentions: Mention[], m: Mention, options: CorefOptions, backer?: string): void {
  if (m.office) {
    for (const c of candidates(mentions, m)) {
      if (c.actor && c.office === m.office) {
        link(m, c, 'coref:office');
        return;
      }
    }
  }
  const owner = m.antecedent !== undefined ? mentions[m.antecedent] : undefined;
  // "the two countries' military chiefs": one role per owner, as a group.
  const owners = owner?.members?.map((id) => mentions[id]!).filter((c) => c.actor?.country);
  if (owners && owners.length > 1 && m.role) {
    m.members = owners.map((c) => {
      const id = mentions.length;
      const country = c.actor!.country!;
      mentions.push({
        ...m,
        id,
        number: 'sg',
        actor: { code: `${country}${m.role}`, country, role: m.role!, name: null },
        use: 'modifier',
        rule: 'coref:owner-member',
      });
      return id;
    });
    m.number = 'pl';
    m.rule = 'coref:owners';
    return;
  }
  // "his fighters" after the RSF's commander: what a non-state group's member owns is the group's.
  const group = owner?.actor;
  if (group && (nlpLexicons().groupRoles.has(group.role ?? '') || /^(IGO|NGO|IMG)/.test(group.code))) {
    m.actor = { code: group.code, country: group.country, role: group.role, name: null };
    m.rule = 'coref:owner-group';
    return;
  }
  // "The paramilitary group captured ...": the actor of that role named just before — for a definite
  // description only, not a titled name the knowledge base lacks ("Defence Minister Richard Marles").
  if (!owner && /^the\s/i.test(m.text) && !/[A-Z]/.test(m.text.slice(4))) {
    for (const c of candidates(mentions, m, 2)) {
      if (c.actor?.role === m.role && c.kind !== 'pronoun' && !c.rule.startsWith('coref:context')) {
        link(m, c, 'coref:same-role');
        return;
      }
    }
  }
  if (options.bareRoles === 'none' && !owner?.actor?.country) {
    if (m.role) {
      m.actor = { code: `---${m.role}`, country: null, role: m.role, name: null };
      m.rule = 'coref:no-country';
    }
    return;
  }
  const country = owner?.actor?.country ?? localCountry(mentions, m) ?? contextCountry(mentions, m, backer);
  if (!country || !m.role) return;
  const actor: ActorRef = { code: `${country}${m.role}`, country, role: m.role, name: null };
  m.actor = actor;
  m.rule = owner ? 'coref:owner-country' : 'coref:context-country';
}

/**
 * "Guyana's President Irfaan Ali ... Maduro and Ali met": a name the knowledge base lacks (too common to
 * index alone) that ends the name of a person named earlier in the article is that person.
 */
function resolveSurname(mentions: Mention[], m: Mention): void {
  if (m.text.includes(' ') || !/^\p{Lu}/u.test(m.text)) return;
  const suffix = ` ${m.text}`;
  const earlier = mentions.findLast(
    (c) => c.end <= m.start && c.actor !== null && c.entity === 'person' && c.text.endsWith(suffix),
  );
  if (earlier) link(m, earlier, 'coref:surname');
}

/**
 * A name the knowledge base lacks, in apposition to a description it resolved: "the country's largest
 * union federation, the CGT," and "the CGT, the country's largest union federation," — the name is
 * that actor.
 */
function resolveApposition(doc: Doc, mentions: Mention[], m: Mention): void {
  const text = doc.article.text;
  const described = (c: Mention) =>
    c.actor !== null && c.kind === 'role' && c.use === 'actor' && c.sentence === m.sentence && !c.members;
  const before = mentions.findLast((c) => c.end <= m.start && described(c));
  if (before && /^\s*,\s*(the\s+)?$/i.test(text.slice(before.end, m.start))) {
    link(m, before, 'coref:apposition');
    return;
  }
  const after = mentions.find((c) => c.start >= m.end && described(c));
  if (after && /^\s*,\s*(the\s+)?([a-z][\w'’-]*\s+){0,3}$/.test(text.slice(m.end, after.start)))
    link(m, after, 'coref:apposition');
}

/** "protesters attacked embassies in Kinshasa": the country of the place a local role's sentence names. */
function localCountry(mentions: Mention[], m: Mention): string | null {
  if (!m.role || !nlpLexicons().localRoles.has(m.role)) return null;
  const place = mentions.find((c) => c.sentence === m.sentence && c.use === 'location' && c.actor?.country);
  const country = place?.actor?.country;
  return country && /^[A-Z]{3}$/.test(country) ? country : null;
}

/** The mention that owns `m` through a possessive right before it ("the two countries' chiefs"). */
function possessorOf(doc: Doc, mentions: Mention[], m: Mention): Mention | undefined {
  const text = doc.article.text;
  // "Slovakia, whose prime minister ...": "whose" is the possessive of the actor before it.
  return mentions.find(
    (c) =>
      c.end < m.start &&
      c.sentence === m.sentence &&
      /^(\s*['’]s?\s+|\s*,?\s*whose\s+)$/.test(text.slice(c.end, m.start)),
  );
}

/**
 * The country the passage is about: the one named most often in this sentence and the one before (as
 * actor, place or modifier: "the Sudanese city of El Fasher"), the latest on a tie; else the article's
 * most named. Roles resolved from this same guess do not count.
 */
function contextCountry(mentions: Mention[], m: Mention, backer?: string): string | null {
  const named = mentions.filter(
    (c) =>
      c.actor?.country &&
      c.actor.country !== backer &&
      /^[A-Z]{3}$/.test(c.actor.country) &&
      !['IGO', 'NGO', 'IMG'].includes(c.actor.country) &&
      !c.rule.startsWith('coref'),
  );
  const near = named.filter((c) => c.end <= m.start && c.sentence >= m.sentence - 1);
  const pick = (list: Mention[]): string | null => {
    const counts = new Map<string, { n: number; last: number }>();
    for (const c of list) {
      const k = c.actor!.country!;
      const e = counts.get(k) ?? { n: 0, last: -1 };
      counts.set(k, { n: e.n + 1, last: Math.max(e.last, c.start) });
    }
    let best: string | null = null;
    let score = { n: 0, last: -1 };
    for (const [k, v] of counts)
      if (v.n > score.n || (v.n === score.n && v.last > score.last)) [best, score] = [k, v];
    return best;
  };
  // A backed group takes a country named before it in the passage, never the article's at large.
  return pick(near) ?? (backer ? null : pick(named));
}
