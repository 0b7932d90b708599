import type { Doc, Mention, Token } from '../core/doc.js';
import type { Span } from '../core/span.js';
import type { Kb, LexEntry, Resolution } from '../kb/types.js';
import { nlpLexicons } from './lexicons.js';

const POSSESSIVE = new Set(["'s", '’s', "'"]);
const PRONOUN_POS = new Set(['PRON', 'DET', 'ADJ', 'NOUN']);
const PLACE_KINDS = new Set<LexEntry['kind']>(['country', 'capital', 'place']);

const isCapitalised = (t: Token): boolean => /^[A-Z]/.test(t.text);
const isNameToken = (t: Token): boolean =>
  isCapitalised(t) && (t.pos === 'PROPN' || (t.pos === 'NOUN' && /^[A-Z][a-z]/.test(t.text)));

/**
 * Finds actor mentions: knowledge-base names and phrases ("Japan's Prime Minister Sanae Takaichi",
 * "Japanese officials", "the foreign ministry"), capitalised names the knowledge base does not know,
 * pronouns, plural nominals ("the two leaders") and coordinations ("Japan and South Korea").
 * Tokens inside `exclude` (datelines, time expressions) never start a mention.
 */
export function findMentions(doc: Doc, kb: Kb, exclude: readonly Span[]): Mention[] {
  const lex = nlpLexicons();
  const { tokens } = doc;
  const lowers = tokens.map((t) => t.lower);
  const excluded = new Uint8Array(tokens.length);
  for (const span of exclude) {
    for (const t of tokens) if (t.start >= span.start && t.end <= span.end) excluded[t.i] = 1;
  }
  const date = doc.article.published;
  const out: Mention[] = [];
  const add = (m: Omit<Mention, 'id'>) => out.push({ ...m, id: out.length });

  for (const s of doc.sentences) {
    let i = s.firstToken;
    while (i < s.endToken) {
      const tok = tokens[i]!;
      if (excluded[i]) {
        i++;
        continue;
      }
      const group = lex.groupStarts.has(tok.lower);
      const reciprocal = group ? matchReciprocal(tokens, lowers, i, s.endToken, lex.reciprocals) : 0;
      if (reciprocal) {
        const last = tokens[i + reciprocal - 1]!;
        add({
          start: tok.start,
          end: last.end,
          sentence: s.index,
          text: doc.article.text.slice(tok.start, last.end),
          kind: 'pronoun',
          head: last.i,
          number: 'pl',
          actor: null,
          use: 'actor',
          rule: 'reciprocal',
        });
        i += reciprocal;
        continue;
      }
      const plural = group ? matchPlural(lowers, i, s.endToken, lex.plurals, lex.pluralMaxWords) : null;
      if (plural) {
        const last = tokens[i + plural.length - 1]!;
        add({
          start: tok.start,
          end: last.end,
          sentence: s.index,
          text: doc.article.text.slice(tok.start, last.end),
          kind: 'plural',
          head: last.i,
          number: 'pl',
          actor: null,
          use: 'actor',
          rule: `plural:${plural.phrase}`,
        });
        i += plural.length;
        continue;
      }
      const pron = lex.pronouns.get(tok.lower);
      // "US" written in capitals is the country, not the pronoun.
      const isPronoun =
        pron !== undefined && PRONOUN_POS.has(tok.pos) && tok.text !== 'US' && tok.text !== 'IT';
      if (isPronoun && tok.lower === 'it' && isPleonastic(tokens, i, s.endToken, lex.pleonasticIt)) {
        i++;
        continue;
      }
      if (pron && isPronoun) {
        add({
          start: tok.start,
          end: tok.end,
          sentence: s.index,
          text: tok.text,
          kind: 'pronoun',
          head: i,
          number: pron.number,
          ...(pron.gender && { gender: pron.gender }),
          actor: null,
          use: 'actor',
          rule: `pronoun:${pron.case}`,
        });
        // "its forces", "her government": a role noun owned by the pronoun's referent.
        if (pron.case === 'possessive') {
          const owned = kb.lexicon.longest(lowers, i + 1);
          if (owned?.entries.some((e) => e.kind === 'agent') && i + 1 + owned.length <= s.endToken) {
            const last = tokens[i + owned.length]!;
            const text = doc.article.text.slice(tokens[i + 1]!.start, last.end);
            const r = kb.resolve(text, date);
            add({
              start: tok.start,
              end: last.end,
              sentence: s.index,
              text: doc.article.text.slice(tok.start, last.end),
              kind: 'role',
              head: last.i,
              number: r.actor ? r.number : (r.partial?.number ?? 'sg'),
              actor: null,
              antecedent: out.length - 1,
              entity: 'role',
              ...roleOf(r),
              use: 'actor',
              rule: 'possessed-role',
            });
            i += 1 + owned.length;
            continue;
          }
        }
        i++;
        continue;
      }
      const chunk = growChunk(tokens, lowers, i, s.endToken, kb, excluded);
      if (!chunk) {
        i++;
        continue;
      }
      const prev = tokens[chunk.from - 1];
      const next = tokens[chunk.to];
      const placeLike = chunk.entries.length > 0 && chunk.entries.every((e) => PLACE_KINDS.has(e.kind));
      let use: Mention['use'] = 'actor';
      // "in southern Israel", "in the east of Congo": a place preposition before the adjectives.
      let p = chunk.from - 1;
      while (p > s.firstToken && tokens[p]!.pos === 'ADJ' && /^\p{Ll}/u.test(tokens[p]!.text)) p--;
      const preposition = tokens[p];
      if (
        preposition &&
        preposition.sentence === s.index &&
        lex.placePrepositions.has(preposition.lower) &&
        placeLike
      )
        use = 'location';
      else if (next && next.sentence === s.index && isCompoundJoint(next, tokens[chunk.to + 1]))
        use = 'modifier';
      else if (
        next &&
        next.sentence === s.index &&
        // a country's or a group's name before a noun: "Chinese coast guard vessels", "FARC factions"
        chunk.entries.some((e) => ['demonym', 'country', 'org', 'group'].includes(e.kind)) &&
        (next.pos === 'NOUN' || next.pos === 'ADJ') &&
        !isCapitalised(next) &&
        !isParticipleAfterName(next, chunk.entries)
      ) {
        // "Chinese coast guard vessels", "a Philippine fisheries ship": the noun phrase is the actor;
        // "Chinese response", "Japan's economy", "the Sudanese city": the country only modifies it.
        let j = chunk.to;
        while (
          j < s.endToken &&
          (tokens[j]!.pos === 'NOUN' || tokens[j]!.pos === 'ADJ') &&
          !isCapitalised(tokens[j]!)
        )
          j++;
        const head = tokens[j - 1]!;
        if (head.pos === 'NOUN' && !lex.modifierNouns.has(head.lemma) && !lex.modifierNouns.has(head.lower))
          chunk.to = j;
        else use = 'modifier';
      } else if (prev && (prev.text === '-' || prev.text === '–') && prev.end === tokens[chunk.from]!.start)
        use = 'modifier';
      // "the paramilitary group", "rebel forces": a generic head noun takes the role word's role.
      else if (
        next &&
        next.sentence === s.index &&
        next.pos === 'NOUN' &&
        chunk.entries.length > 0 &&
        chunk.entries.every((e) => e.kind === 'agent') &&
        lex.genericHeads.has(next.lower)
      )
        chunk.to += 1;
      // "military exercises", "police headquarters", "the police oversight authority": a role word
      // before a common noun that names no actor itself only describes it.
      else if (
        next &&
        next.sentence === s.index &&
        next.pos === 'NOUN' &&
        !isCapitalised(next) &&
        chunk.entries.length > 0 &&
        chunk.entries.every((e) => e.kind === 'agent') &&
        (lex.eventNouns.has(next.lemma) || !kb.lexicon.longest(lowers, chunk.to))
      )
        use = 'modifier';
      const first = tokens[chunk.from]!;
      const last = tokens[chunk.to - 1]!;
      const text = doc.article.text.slice(first.start, last.end);
      const r: Resolution = chunk.namedThing
        ? { actor: null, reason: 'a name built on a country (a facility, company or event)' }
        : resolveChunk(kb, text, date, use, doc.article.text);
      // "Bolsonaro's lawyers": a plural common noun at the end makes the mention plural, whoever owns it.
      const pluralHead = chunk.to - chunk.from > 1 && last.pos === 'NOUN' && last.lower !== last.lemma;
      add({
        start: first.start,
        end: last.end,
        sentence: s.index,
        text,
        kind: mentionKind(r, chunk.entries),
        head: last.i,
        number: pluralHead ? 'pl' : r.actor ? r.number : (r.partial?.number ?? 'sg'),
        ...(!pluralHead &&
          (r.actor ? r.gender : r.partial?.gender) && {
            gender: (r.actor ? r.gender : r.partial?.gender)!,
          }),
        actor: r.actor,
        ...(r.actor && { entity: r.kind }),
        ...(r.actor === null && r.partial && { entity: 'role' as const }),
        ...roleOf(r),
        use,
        rule: r.actor ? `kb:${r.rule}` : `unresolved:${r.reason}`,
      });
      i = chunk.to;
    }
  }
  addCoordinations(doc, out);
  addRolesOf(doc, kb, out);
  return inTextOrder(out);
}

/** The role and office a resolution carries, whether or not it fixed an actor. */
function roleOf(r: Resolution): Pick<Mention, 'role' | 'office'> {
  const role = r.actor ? r.actor.role : r.partial?.role;
  const office = r.actor ? r.office : r.partial?.office;
  return { ...(role && { role }), ...(office && { office }) };
}

interface Chunk {
  from: number;
  to: number;
  entries: LexEntry[];
  /**
   * A name built on a country's name or adjective that the knowledge base does not know: "the Grand
   * Ethiopian Renaissance Dam", "Japan Airlines". It names a thing, not the country.
   */
  namedThing: boolean;
}

/** A maximal run of knowledge-base phrases and capitalised names, with possessives between them. */
function growChunk(
  tokens: Token[],
  lowers: string[],
  i: number,
  end: number,
  kb: Kb,
  excluded: Uint8Array,
): Chunk | null {
  let j = i;
  if (lowers[j] === 'the') j++;
  const entries: LexEntry[] = [];
  let pieces = 0;
  // Unknown name words since the last knowledge-base phrase, and whether a possessive came between.
  let tail = 0;
  let possessive = false;
  while (j < end && !excluded[j]) {
    const hit = writtenAsName(tokens, j, kb.lexicon.longest(lowers, j));
    if (hit && j + hit.length <= end) {
      entries.push(...hit.entries);
      j += hit.length;
      pieces++;
      tail = 0;
      continue;
    }
    if (isNameToken(tokens[j]!) && !(j === i && lowers[j] === 'the')) {
      j++;
      pieces++;
      tail++;
      continue;
    }
    // "Secretary-General", "Director-General": a hyphen inside a capitalised title joins it.
    const next = tokens[j + 1];
    if (
      pieces > 0 &&
      j + 1 < end &&
      next &&
      isCompoundJoint(tokens[j]!, next) &&
      tokens[j - 1]!.end === tokens[j]!.start &&
      (isNameToken(next) || isCapitalised(next)) &&
      (kb.lexicon.longest(lowers, j + 1)?.entries.every((e) => e.kind === 'agent') ?? true)
    ) {
      // A title word after the hyphen ("Vice-Premier") keeps the chunk a role, not a named thing.
      if (!kb.lexicon.longest(lowers, j + 1)) tail++;
      j += 2;
      continue;
    }
    if (pieces > 0 && POSSESSIVE.has(lowers[j]!) && j + 1 < end) {
      const after = kb.lexicon.longest(lowers, j + 1);
      if (after || isNameToken(tokens[j + 1]!)) {
        j++;
        possessive = true;
        continue;
      }
    }
    break;
  }
  if (pieces === 0) return null;
  // A sentence-initial capitalised common word ("Headline", "Officials") is not a name by itself.
  if (entries.length === 0 && j - i === 1 && tokens[i]!.pos !== 'PROPN') return null;
  const namedThing =
    tail > 0 &&
    !possessive &&
    entries.length > 0 &&
    entries.every((e) => e.kind === 'demonym' || e.kind === 'country');
  return { from: lowers[i] === 'the' && entries.length === 0 ? i + 1 : i, to: j, entries, namedThing };
}

/**
 * A lexicon hit only where the text writes it as a name: phrases without a capital letter ("who",
 * "us", "chad") stand only for role nouns ("officials", "the foreign ministry").
 */
function writtenAsName(
  tokens: Token[],
  j: number,
  hit: ReturnType<Kb['lexicon']['longest']>,
): ReturnType<Kb['lexicon']['longest']> {
  if (!hit || tokens.slice(j, j + hit.length).some(isCapitalised)) return hit;
  const entries = hit.entries.filter((e) => e.kind === 'agent');
  return entries.length ? { length: hit.length, entries } : null;
}

/** "Japan symbolizing friendship": a country's name followed by a participle starts a clause, not a noun phrase. */
const isParticipleAfterName = (next: Token, entries: LexEntry[]): boolean =>
  /ing$/.test(next.lower) &&
  entries.some((e) => e.kind === 'country') &&
  !entries.some((e) => e.kind === 'demonym');

/** "it is unclear whether", "I consider it significant that": an "it" that refers to nothing. */
function isPleonastic(
  tokens: Token[],
  i: number,
  end: number,
  cues: { verbsBefore: Set<string>; copulas: Set<string>; complements: Set<string> },
): boolean {
  // "consider it (extremely) significant that".
  let a = i + 1;
  while (a < end && tokens[a]!.pos === 'ADV') a++;
  if (a < end && tokens[a]!.pos === 'ADJ' && cues.verbsBefore.has(tokens[i - 1]?.lemma ?? '')) return true;
  let j = i + 1;
  while (
    j < end &&
    (tokens[j]!.pos === 'AUX' || tokens[j]!.pos === 'PART' || tokens[j]!.pos === 'ADV') &&
    !cues.copulas.has(tokens[j]!.lemma)
  )
    j++;
  if (j >= end || !cues.copulas.has(tokens[j]!.lemma)) return false;
  // "it was unclear whether", "it is expected that", "it is too early to": a complement soon after.
  for (let k = j + 1; k < Math.min(end, j + 5); k++) {
    if (cues.complements.has(tokens[k]!.lower)) return k > j + 1 && tokens[k - 1]!.pos !== 'NOUN';
  }
  return false;
}

const isCompoundJoint = (t: Token, after: Token | undefined): boolean =>
  (t.text === '-' || t.text === '–' || t.text === '/') && after !== undefined && t.end === after.start;

function resolveChunk(
  kb: Kb,
  text: string,
  date: string,
  use: Mention['use'],
  articleText: string,
): Resolution {
  // The article decides ambiguous names ("Congo" beside Kinshasa, "Georgia" beside Tbilisi).
  const ctx = { use: use === 'location' ? ('location' as const) : ('actor' as const), articleText };
  const r = kb.resolve(text, date, ctx);
  if (r.actor || !/^the\s/i.test(text)) return r;
  return kb.resolve(text.replace(/^the\s+/i, ''), date, ctx);
}

function mentionKind(r: Resolution, entries: LexEntry[]): Mention['kind'] {
  if (r.actor === null) return r.partial ? 'role' : 'unknown';
  if (r.kind === 'role') return entries.some((e) => e.kind === 'demonym') ? 'demonym' : 'role';
  if (entries.some((e) => e.kind === 'capital' || e.kind === 'seat') && r.kind === 'country')
    return 'metonym';
  if (entries.length > 0 && entries.every((e) => e.kind === 'demonym')) return 'demonym';
  return 'name';
}

/** The adjectives right before a character offset ("evil awful" in "the evil awful Gondor"), as a pattern. */
function adjectivesBefore(doc: Doc, at: number): RegExp {
  let k = doc.tokens.findIndex((t) => t.start >= at) - 1;
  let from = at;
  while (k >= 0 && doc.tokens[k]!.pos === 'ADJ') from = doc.tokens[k--]!.start;
  const words = doc.article.text.slice(from, at);
  return new RegExp(`${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

/** "X and Y", "X, Y and Z": a plural mention whose members are the coordinated actors. */
function addCoordinations(doc: Doc, mentions: Mention[]): void {
  const text = doc.article.text;
  const actors = mentions.filter((m) => m.use !== 'modifier' && m.kind !== 'pronoun' && m.kind !== 'plural');
  for (let a = 0; a < actors.length; a++) {
    const members = [actors[a]!];
    let b = a + 1;
    while (b < actors.length) {
      const prev = members[members.length - 1]!;
      const next = actors[b]!;
      if (next.sentence !== prev.sentence) break;
      // Adjectives of the next member are not part of its mention: "Fornost and the evil awful Gondor".
      const gap = text.slice(prev.end, next.start).replace(adjectivesBefore(doc, next.start), '');
      // ", the Shire, ...": a name after "the" is one more member; a role is an apposition ("Biden, the
      // US president").
      if (/^\s*,\s*(the\s+)?$/i.test(gap) && !(/the\s+$/i.test(gap) && next.kind !== 'name'))
        members.push(next);
      // ", and" closes a list of three or more; between two actors it joins clauses ("attack Ukraine,
      // and China is set to ...").
      else if (/^\s*,?\s*(and|or)\s+(the\s+)?$/i.test(gap) && !(members.length === 1 && gap.includes(','))) {
        members.push(next);
        b++;
        break;
      } else break;
      b++;
    }
    const last = members[members.length - 1]!;
    const lastGap = members.length > 1 ? text.slice(members[members.length - 2]!.end, last.start) : '';
    if (members.length < 2 || !/\b(and|or)\b/i.test(lastGap)) continue;
    // "in Fornost and Gondor": the place preposition governs every member.
    if (members[0]!.use === 'location' && members.every((m) => m.use !== 'modifier'))
      for (const m of members) m.use = 'location';
    if (!members.every((m) => m.use === members[0]!.use)) continue;
    mentions.push({
      id: mentions.length,
      start: members[0]!.start,
      end: last.end,
      sentence: last.sentence,
      text: text.slice(members[0]!.start, last.end),
      kind: 'plural',
      head: last.head,
      number: 'pl',
      actor: null,
      members: members.map((m) => m.id),
      use: members[0]!.use,
      rule: 'coordination',
    });
    a += members.length - 1;
  }
}

/**
 * "the foreign minister of Japan", "the leaders of Kenya, Djibouti and South Sudan": a role noun without
 * a country takes the country (or each country) named by its "of" phrase. The role mention grows to
 * cover the phrase; the countries inside become modifiers of it.
 */
function addRolesOf(doc: Doc, kb: Kb, mentions: Mention[]): void {
  const { tokens } = doc;
  const startingAt = new Map<number, Mention[]>();
  for (const m of mentions) startingAt.set(m.start, [...(startingAt.get(m.start) ?? []), m]);
  const roles = mentions.filter(
    (m) =>
      m.actor === null && !m.members && ((m.role !== undefined && m.kind === 'role') || m.kind === 'plural'),
  );
  // "Ithilen and the government of Gondor": a coordination ending in the role grows with it.
  const grow = (r: Mention, end: number): void => {
    for (const m of mentions)
      if (m.members?.at(-1) === r.id && m.end === r.end) {
        m.end = end;
        m.text = doc.article.text.slice(m.start, end);
      }
  };
  for (const r of roles) {
    const of = tokens[r.head + 1];
    const after = tokens[r.head + 2];
    // "soldiers from Gondor", "lawmakers in Fornost and Gondor" name their country as "of" does.
    if (!/^(of|from|in)$/.test(of?.lower ?? '') || !after || after.sentence !== of!.sentence) continue;
    const owner = (startingAt.get(after.start) ?? [])
      // after "in"/"from" the country is a place as well ("lawmakers in Japan"); a town is not a
      // country's name ("tourists in Pahalgam" stay tourists in a place)
      .filter((m) => (m.use !== 'location' || (of!.lower !== 'of' && !isTown(kb, m))) && m.kind !== 'pronoun')
      .sort((a, b) => b.end - a.end)[0];
    const parts = owner?.members ? owner.members.map((id) => mentions[id]!) : owner ? [owner] : [];
    if (!owner || parts.length === 0) continue;
    // "fighters of the National Liberation Army": the group's own members are the group.
    if (parts.length === 1 && owner.actor && (owner.entity === 'org' || owner.entity === 'group')) {
      owner.use = 'modifier';
      grow(r, owner.end);
      Object.assign(r, {
        end: owner.end,
        text: doc.article.text.slice(r.start, owner.end),
        actor: owner.actor,
        entity: owner.entity,
        rule: 'role-of',
      });
      continue;
    }
    if (!parts.every((p) => p.actor?.country && p.entity === 'country')) continue;
    const resolved = parts.map((p) => ({
      part: p,
      r: kb.resolve(`${r.text} of ${p.text}`, doc.article.published),
    }));
    if (!resolved.every((x) => x.r.actor)) continue;
    for (const m of [owner, ...parts]) m.use = 'modifier';
    grow(r, owner.end);
    r.end = owner.end;
    r.text = doc.article.text.slice(r.start, r.end);
    r.rule = 'role-of';
    if (resolved.length === 1) {
      const only = resolved[0]!.r;
      if (!only.actor) continue;
      r.actor = only.actor;
      r.entity = only.kind;
      if (only.office) r.office = only.office;
      if (only.gender) r.gender = only.gender;
      continue;
    }
    // One role mention per country, at the country's place, standing in for the group's members.
    r.number = 'pl';
    r.members = resolved.map(({ part, r: res }) => {
      const id = mentions.length;
      mentions.push({
        ...part,
        id,
        kind: 'role',
        actor: res.actor,
        entity: 'role',
        use: 'modifier',
        rule: 'role-of',
      });
      return id;
    });
  }
}

/** A mention whose words name only towns and capitals in the lexicon, not a country. */
function isTown(kb: Kb, m: Mention): boolean {
  const words = m.text.toLowerCase().split(/\s+/);
  const hit = kb.lexicon.longest(words, words[0] === 'the' ? 1 : 0);
  return hit?.entries.every((e) => e.kind === 'place' || e.kind === 'capital') ?? false;
}

/** Sorts mentions into text order and gives them their final ids, rewriting the ids that point at them. */
function inTextOrder(mentions: Mention[]): Mention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const newId = new Map(sorted.map((m, i) => [m.id, i]));
  return sorted.map((m, i) => ({
    ...m,
    id: i,
    ...(m.antecedent !== undefined && { antecedent: newId.get(m.antecedent)! }),
    ...(m.members && { members: m.members.map((x) => newId.get(x)!) }),
  }));
}

/** Length in tokens of a reciprocal at `i` ("each other"), 0 if none; "the other" only before no noun. */
function matchReciprocal(
  tokens: Token[],
  lowers: string[],
  i: number,
  end: number,
  phrases: Set<string>,
): number {
  for (const phrase of phrases) {
    const n = phrase.split(' ').length;
    if (i + n > end || lowers.slice(i, i + n).join(' ') !== phrase) continue;
    const next = tokens[i + n];
    if (lowers[i] === 'the' && next && (next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'PROPN'))
      return 0;
    return n;
  }
  return 0;
}

function matchPlural(
  lowers: string[],
  i: number,
  end: number,
  plurals: Map<string, { phrase: string; members: number }>,
  maxWords: number,
): { phrase: string; length: number } | null {
  for (let n = Math.min(maxWords, end - i); n >= 1; n--) {
    const phrase = lowers.slice(i, i + n).join(' ');
    if (plurals.has(phrase)) return { phrase, length: n };
  }
  return null;
}
