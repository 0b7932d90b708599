import type { ActorRef, Doc, Mention, Token } from '../core/doc.js';
import type { EventRecord, EventStatus } from '../core/event.js';
import { timexRange } from '../core/timex.js';
import type { Kb } from '../kb/types.js';
import { lookupForms } from '../nlp/forms.js';
import { nlpLexicons } from '../nlp/lexicons.js';
import { type ModalityLexicon, modalityOf } from '../nlp/modality.js';
import type { Syntax } from '../nlp/syntax.js';
import { eventDate, narrativeTime } from './date.js';
import type { Discards } from './discards.js';
import { isMatch, type Match, type Miss, matchPattern } from './match.js';
import type { PatternSet } from './patterns/load.js';
import { NO_EVENT, type Pattern } from './patterns/schema.js';
import { placeOf } from './place.js';
import { cameoFields, eventActor, eventId } from './record.js';
import type { CountryRoles } from './roles.js';

export interface CoderResources {
  kb: Kb;
  /** Roles bare country names take by the event's root (data/actor-roles.yaml). */
  roles?: CountryRoles;
  patterns: PatternSet;
  discards: Discards;
  modality: ModalityLexicon;
}

/** What the coder tried at one predicate, for `dyad explain`. */
export interface Attempt {
  sentence: number;
  head: number;
  tried: Array<Match | Miss>;
  chosen: Match | null;
  outcome: string;
}

export interface CodeTrace {
  attempts: Attempt[];
  discarded: Array<{ sentence: number; context: string; phrase: string }>;
}

/**
 * Codes events from an analysed document: at every token that can anchor a pattern, every pattern is
 * tried and the best match kept; its actors become source and target (one event per actor pair),
 * its modality the status (and a planned meeting the intent code), the governing time expression its
 * date, a place phrase its location.
 */
export function codeEvents(doc: Doc, syntax: Syntax, res: CoderResources, trace?: CodeTrace): EventRecord[] {
  const events: EventRecord[] = [];
  const seen = new Set<string>();
  const narrative = narrativeTime(doc);
  // Conflictual events so far, for a threat with no target: it answers whoever last acted against the
  // threatening side ("the EU adopted sanctions ...; Moscow would respond" → against the EU).
  // Else it keeps aiming at whom the same side was last hostile to ("called the ruling a witch hunt and
  // said Washington would respond").
  type Side = { actor: ActorRef; mention: Mention };
  const hostile: Array<{ at: number; by: Side; against: Side }> = [];
  const answerTo = (country: string, char: number): Side | null => {
    const before = hostile.filter((h) => h.at <= char);
    for (let k = before.length - 1; k >= 0; k--) {
      const h = before[k]!;
      if (h.against.actor.country === country && h.by.actor.country !== country) return h.by;
    }
    for (let k = before.length - 1; k >= 0; k--) {
      const h = before[k]!;
      if (h.by.actor.country === country && h.against.actor.country !== country) return h.against;
    }
    return null;
  };
  // The parties of the events coded so far, for an event whose recipient the text leaves implied
  // ("Fico lifted his veto" after the EU's sanctions debate; "the minister rejected claims" after the
  // opposition's accusation): the latest other party in this sentence or the two before.
  // Whoever last acted on the source comes first: a denial answers the accuser, a concession whoever
  // pressed for it.
  const parties: Array<{ at: number; sentence: number; side: Side; doer: boolean; on?: ActorRef }> = [];
  const impliedTarget = (group: ActorRef[], char: number, sentence: number): Side | null => {
    const source = group[0]!;
    const countries = new Set(group.map((a) => a.country));
    const near = parties.filter((p) => p.at <= char && p.sentence >= sentence - 2);
    const other = (p: (typeof near)[number]) =>
      !group.some((a) => a.code === p.side.actor.code) &&
      (source.name === null || p.side.actor.name !== source.name);
    const actedOn = near.findLast((p) => p.on?.country === source.country && other(p));
    if (actedOn) return actedOn.side;
    // Else another actor named in the same sentence ("Fico lifted his veto after EU leaders agreed ..."),
    // not the one reporting it ("the United States said Jamaica was expected to send personnel").
    const speakers = new Set(
      doc.quotes.filter((q) => q.content.start <= char && char < q.content.end).map((q) => q.speaker),
    );
    const here = doc.mentions.find(
      (x) =>
        x.sentence === sentence &&
        !speakers.has(x.id) &&
        x.actor !== null &&
        x.kind !== 'pronoun' &&
        x.use !== 'modifier' &&
        !x.members &&
        !countries.has(x.actor.country),
    );
    if (here) return { actor: here.actor!, mention: here };
    // The protagonist of the passage (the latest doer) before whoever it acted on.
    const latest = (near.findLast((p) => p.doer && other(p)) ?? near.findLast(other))?.side;
    if (latest) return latest;
    // Else the country the article names most, as a place or actor ("Jamaica and Benin were expected to
    // send personnel" in a story about Haiti), when it is not one of the group and no other ties with it.
    named ??= namedCountries(doc);
    const top = named.filter((x) => !countries.has(x.country));
    if (!top[0] || (top[1] && top[1].n === top[0].n)) return null;
    const { country, mention } = top[0];
    return { actor: { code: country, country, role: null, name: null }, mention };
  };
  let named: Array<{ country: string; n: number; mention: Mention }> | undefined;
  // The doers of the events coded so far, for patterns that name a deed instead of its doer.
  // A deed noun refers to an event of its kind ("the expulsion" to an expulsion, not to sanctions).
  const doers: Array<{ mention: Mention; code: string }> = [];
  const doerBefore = (char: number, noun?: string): Mention | null => {
    const kinds = noun === undefined ? undefined : nlpLexicons().deedNounCodes.get(noun);
    for (let k = doers.length - 1; k >= 0; k--) {
      const d = doers[k]!;
      if (d.mention.end <= char && (!kinds || kinds.some((c) => d.code.startsWith(c)))) return d.mention;
    }
    return null;
  };
  for (const s of doc.sentences) {
    const text = doc.article.text.slice(s.start, s.end);
    const context = res.discards.contextOf(text);
    if (context) {
      trace?.discarded.push({ sentence: s.index, context: context.id, phrase: context.phrase });
      continue;
    }
    // Words a chosen pattern matched do not anchor another one ("held a phone call with": "call").
    const used = new Set<number>();
    for (let i = s.firstToken; i < s.endToken; i++) {
      if (used.has(i)) continue;
      const tok = syntax.tokens[i]!;
      const candidates = candidatesFor(res.patterns.byAnchor, tok);
      if (candidates.length === 0) continue;
      const tried = candidates.map((p) => matchPattern(syntax, p, i, doerBefore));
      const ranked = tried
        .filter(isMatch)
        .sort((a, b) => b.weight - a.weight || a.pattern.order - b.pattern.order);
      let best = ranked[0] ?? null;
      const attempt: Attempt = { sentence: s.index, head: i, tried, chosen: best, outcome: '' };
      trace?.attempts.push(attempt);
      if (!best) {
        attempt.outcome = 'no pattern matched';
        continue;
      }
      if (best.pattern.code === NO_EVENT && !best.pattern.reverseCode) {
        // A null-code pattern wins: the predicate is not coded, and its words anchor nothing else.
        for (const t of best.matched) used.add(t);
        attempt.outcome = 'null-code pattern: not coded';
        continue;
      }
      // "struck Kharkiv with missiles, killing four people": the participle reports the attack's toll,
      // not another event.
      if (isToll(syntax, best, events, s.index)) {
        attempt.outcome = 'the toll of a force event coded just before';
        continue;
      }
      let made = eventsFromMatch(doc, syntax, res, best, narrative, answerTo, impliedTarget);
      // "Pakistan lifted the curfew in Islamabad": when the best match yields nothing (its target is
      // the source itself), a weaker one may still code the predicate.
      for (const alt of ranked.slice(1)) {
        if (made.length || alt.pattern.code === NO_EVENT) break;
        const other = eventsFromMatch(doc, syntax, res, alt, narrative, answerTo, impliedTarget);
        if (other.length) [best, made, attempt.chosen] = [alt, other, alt];
      }
      if (made.length) for (const t of best.matched) used.add(t);
      if (made.length && best.source && nlpLexicons().deedCodes.some((c) => best.pattern.code.startsWith(c)))
        doers.push({ mention: best.source, code: best.pattern.code });
      // Why nothing was coded is only worked out for `dyad explain`.
      const unasserted =
        made.length || !trace ? undefined : modalityOf(syntax, best.head, res.modality).unasserted;
      attempt.outcome = made.length
        ? `${made.length} event(s)`
        : unasserted
          ? `not coded: ${UNASSERTED[unasserted]}`
          : 'no resolvable source';
      for (const e of made) {
        // With a reverse code each direction is an event of its own.
        const key = eventKey(e, best.pattern.symmetric && !best.pattern.reverseCode);
        if (seen.has(key)) continue;
        // "protesters stormed parliament and set the building on fire": a second act of the same kind
        // by the same actor in the sentence, aimed at no one the text names, is part of the first.
        if (
          e.rules.includes('self-target') &&
          events.some(
            (x) => x.sentence === e.sentence && x.source.code === e.source.code && x.root === e.root,
          )
        )
          continue;
        seen.add(key);
        events.push(e);
        if (best.source) {
          const sentence = syntax.tokens[best.head]!.sentence;
          parties.push({
            at: e.evidence.end,
            sentence,
            side: { actor: refOf(e.source), mention: best.source },
            doer: true,
            ...(e.target && { on: refOf(e.target) }),
          });
          if (e.target && best.target)
            parties.push({
              at: e.evidence.end,
              sentence,
              side: { actor: refOf(e.target), mention: best.target },
              doer: false,
            });
        }
        if (best.source && best.target && e.target?.country && e.quad_class >= 3)
          hostile.push({
            at: e.evidence.end,
            by: { actor: refOf(e.source), mention: best.source },
            against: { actor: refOf(e.target), mention: best.target },
          });
      }
    }
  }
  return events;
}

/** The countries an article names (as actor or place, pronouns aside), most named first, counted once. */
function namedCountries(doc: Doc): Array<{ country: string; n: number; mention: Mention }> {
  const counts = new Map<string, { country: string; n: number; mention: Mention }>();
  for (const x of doc.mentions) {
    const c = x.actor?.country;
    if (!c || !/^[A-Z]{3}$/.test(c) || /^(IGO|NGO|IMG)$/.test(c) || x.kind === 'pronoun') continue;
    const e = counts.get(c) ?? { country: c, n: 0, mention: x };
    e.n++;
    counts.set(c, e);
  }
  return [...counts.values()].sort((a, b) => b.n - a.n);
}

const FORCE = /^(18|19|20)/;

/** The number the text gives before a mention ("about 1,200 people", "hundreds of civilians"), if any. */
function victimsBefore(syntax: Syntax, m: Mention): number | null {
  const { tokens } = syntax;
  let j = syntax.firstToken(m) - 1;
  if (tokens[j]?.lower === 'of') j--;
  const t = tokens[j];
  if (!t) return null;
  if (/^(hundreds|thousands)$/.test(t.lower)) return t.lower === 'hundreds' ? 200 : 2000;
  if (t.pos !== 'NUM') return null;
  const n = Number(t.text.replace(/,/g, ''));
  return Number.isFinite(n) ? n : null;
}

/** A force participle after a comma whose subject already did a force event in this sentence. */
function isToll(syntax: Syntax, m: Match, events: EventRecord[], sentence: number): boolean {
  const head = syntax.tokens[m.head]!;
  if (!FORCE.test(m.pattern.code) || !head.lower.endsWith('ing') || syntax.tokens[m.head - 1]?.text !== ',')
    return false;
  const source = m.source?.actor?.code;
  return events.some((e) => e.sentence === sentence && FORCE.test(e.code) && e.source.code === source);
}

/** Why the text does not assert a matched event, for `dyad explain`. */
const UNASSERTED: Record<NonNullable<ReturnType<typeof modalityOf>['unasserted']>, string> = {
  appeal: 'what an appeal asks for',
  alleged: 'what an accusation alleges',
  ongoing: 'a state kept in place',
  condition: 'the condition of an if/unless clause',
};

/**
 * Articles repeat their lead: the same actors, code, date and status reported twice in one article are
 * one event (the first report is kept). Symmetric events match in either direction.
 */
function eventKey(e: EventRecord, symmetric: boolean): string {
  const a = e.source.code;
  const b = e.target?.code ?? '';
  const dyad = symmetric && b && b < a ? `${b}|${a}` : `${a}|${b}`;
  return `${dyad}|${e.code}|${e.status}|${e.date ?? ''}`;
}

function eventsFromMatch(
  doc: Doc,
  syntax: Syntax,
  res: CoderResources,
  m: Match,
  narrative: string,
  answerTo: (country: string, char: number) => { actor: ActorRef; mention: Mention } | null,
  impliedTarget?: (
    sources: ActorRef[],
    char: number,
    sentence: number,
  ) => { actor: ActorRef; mention: Mention } | null,
): EventRecord[] {
  if (!m.source) return [];
  const sources = actorsOf(doc, m.source);
  let targets: Array<{ actor: ActorRef; mention: Mention } | null> = m.target
    ? actorsOf(doc, m.target)
    : [null];
  // A threat with no target answers whoever last acted against the threatening side.
  const side = sources[0]?.actor.country;
  if (!m.target && side && res.modality.isStated(m.pattern.code)) {
    const answered = answerTo(side, syntax.tokens[m.head]!.start);
    if (answered) targets = [answered];
  }
  // Yielding to domestic demands (a resignation) is aimed at the actor's own country; a protest with no
  // target named, at the protesters' own government (data/actor-roles.yaml).
  const own = sources[0]?.actor.country;
  const selfRole = res.roles?.selfTarget(m.pattern.code);
  if (!m.target && own && /^[A-Z]{3}$/.test(own) && selfRole !== undefined) {
    const actor = { code: own + (selfRole ?? ''), country: own, role: selfRole, name: null };
    targets = [{ actor, mention: sources[0]!.mention }];
  }
  // A recipient the text leaves implied is the latest other party in the passage (data/actor-roles.yaml).
  if (
    !m.target &&
    targets[0] === null &&
    !m.pattern.symmetric &&
    sources.length > 0 &&
    impliedTarget &&
    res.roles?.impliesTarget(m.pattern.code)
  ) {
    const head = syntax.tokens[m.head]!;
    const implied = impliedTarget(
      sources.map((x) => x.actor),
      head.start,
      head.sentence,
    );
    if (implied) targets = [implied];
  }
  if (sources.length === 0) return [];
  if (m.target && targets.length === 0 && m.target.rule !== 'reciprocal') return [];
  // "The two leaders agreed to meet": a symmetric event between the members of a plural subject.
  const pairs: Array<
    [{ actor: ActorRef; mention: Mention }, { actor: ActorRef; mention: Mention } | null, boolean?]
  > = [];
  if (m.target?.rule === 'reciprocal') {
    // "India and Pakistan accused each other": one event each way between the group's members.
    for (const a of sources)
      for (const b of sources) if (a.actor.country !== b.actor.country) pairs.push([a, b]);
    if (pairs.length === 0) return [];
  } else if (!m.target && m.pattern.symmetric) {
    // A call or meeting needs two parties: with one, the other is not in the clause.
    if (sources.length < 2) return [];
    // "Japan, South Korea and the United States held talks": once per pair of parties.
    for (let a = 0; a < sources.length; a++)
      for (let b = a + 1; b < sources.length; b++) pairs.push([sources[a]!, sources[b]!]);
    targets = [];
  } else {
    for (const s of sources) for (const t of targets) pairs.push([s, t]);
  }
  // A reverse code: the target also acts on the source ("left for X for talks with Y": 032 and, back, 033).
  if (m.pattern.reverseCode)
    for (const [a, b] of [...pairs]) if (b && b.actor.code !== a.actor.code) pairs.push([b, a, true]);
  // A pattern that says the negation itself ("[S] not attend talks with [T]") codes what is stated.
  const negatedPattern = m.pattern.elements.some(
    (e) => e.kind === 'words' && e.alts.some((a) => a.some((w) => res.modality.negators.has(w))),
  );
  const modality = negatedPattern
    ? { status: 'occurred' as const, hedged: false, cues: [] }
    : modalityOf(syntax, m.head, res.modality);
  const sourceStart =
    m.source && m.source.sentence === syntax.tokens[m.head]!.sentence ? syntax.firstToken(m.source) : m.head;
  const from = Math.min(m.head, ...m.matched);
  const to = Math.max(...m.matched, m.target ? syntax.lastToken(m.target) : 0) + 1;
  // "threatened to impose tariffs", "warned it would strike": the threat is what happened (13x).
  const threatened =
    modality.status === 'planned' &&
    Number(m.pattern.code.slice(0, 2)) >= 11 &&
    (modality.threat === true || reportedByThreat(doc, syntax, m.head, res.modality)) &&
    res.modality.threatCode(m.pattern.code) !== null;
  // An intent to meet (036) is about a meeting still to come.
  const intended = res.modality.plannedCodes.has(m.pattern.code);
  // "Moscow would respond" is a threat only as a statement about the future.
  if (m.pattern.onlyWhen === 'planned' && modality.status !== 'planned') return [];
  // What an appeal asks for or an accusation alleges is not an event (the appeal or accusation is).
  if (modality.unasserted) return [];
  const stated: EventStatus =
    threatened || (modality.status === 'planned' && res.modality.isStated(m.pattern.code))
      ? 'occurred'
      : modality.status === 'occurred' && intended
        ? 'planned'
        : modality.status;
  const date = eventDate(
    doc,
    syntax,
    { head: m.head, from, to, phraseFrom: Math.min(from, sourceStart) },
    stated,
    narrative,
  );
  // An event dated wholly after publication has not happened yet: "the summit in April".
  const future =
    date.source === 'expression' &&
    date.value !== null &&
    (timexRange(date.value)?.start ?? '') > doc.article.published;
  const status: EventStatus = stated === 'occurred' && future ? 'planned' : stated;
  // The code as the clause's modality turns it (a threat, an intent), with the rules that turned it.
  const modalCode = (given: string): [string, string[]] => {
    let c = given;
    const why: string[] = [];
    if (threatened) {
      c = res.modality.threatCode(given) ?? c;
      why.push(`threat:${given}->${c}`);
    }
    // A schedule keeps its own code ("are due to speak on Monday"); an intention takes the intent code.
    if (status === 'planned' && !modality.scheduled) {
      const intent = res.modality.intentCodes.get(c.slice(0, 2));
      if (intent && !c.startsWith('03')) {
        why.push(`intent:${c}->${intent}`);
        c = intent;
      }
    }
    return [c, why];
  };
  const [baseCode, modalRules] = modalCode(m.pattern.code);
  const rules = [m.pattern.id, ...modalRules];
  const reverseBase = m.pattern.reverseCode ? modalCode(m.pattern.reverseCode)[0] : baseCode;
  if (modality.cues.length || future)
    rules.push(`modality:${status}(${[...modality.cues, ...(future ? ['future-date'] : [])].join(',')})`);
  const location = placeOf(doc, syntax, res.kb, m, to);
  const sentence = doc.sentences[syntax.tokens[m.head]!.sentence]!;
  const out: EventRecord[] = [];
  for (const [s, pairTarget, back] of pairs) {
    // A pattern with only a reverse code ("[:173]": "appeared before the court") codes only the way back.
    if (!back && m.pattern.code === NO_EVENT) continue;
    let t = pairTarget;
    const pairBase = back ? reverseBase : baseCode;
    // The source as the event's root casts it: a bare "South Korea" that protests is its government.
    const code = res.roles
      ? res.roles.codeByToll(
          res.roles.codeBy(
            res.roles.codeAgainst(pairBase, t?.actor ?? null),
            res.roles.apply(s.actor, 'source', pairBase.slice(0, 2)),
          ),
          t ? victimsBefore(syntax, t.mention) : null,
        )
      : pairBase;
    // An actor does not act on itself: same person, or the same body ("the government called it ...",
    // "the State Department called the move" when the move's doer is that government).
    const sourceActor = res.roles?.apply(s.actor, 'source', code.slice(0, 2)) ?? s.actor;
    // "began an exercise over Rajasthan": a show of force on its own ground has no target.
    if (t && t.actor.code === s.actor.country && t.actor.role === null && res.roles?.onOwnGround(code))
      t = null;
    // A self-target (the own country, by data/actor-roles.yaml) keeps the role it was given.
    const targetActor = t
      ? t.mention === s.mention
        ? t.actor
        : (res.roles?.apply(t.actor, 'target', code.slice(0, 2)) ?? t.actor)
      : null;
    if (
      targetActor &&
      targetActor.code === sourceActor.code &&
      (targetActor.name === sourceActor.name || targetActor.code.length >= 6 || m.deedTarget)
    )
      continue;
    // The evidence runs from the first to the last of predicate and actors in this sentence (in the
    // passive the target comes first and the source last).
    const here = [s.mention, m.deedTarget ? undefined : t?.mention].filter(
      (x) => x !== undefined && x.sentence === sentence.index,
    );
    const evStart = Math.max(
      sentence.start,
      Math.min(syntax.tokens[from]!.start, ...here.map((x) => x!.start)),
    );
    const evEnd = Math.min(sentence.end, Math.max(syntax.tokens[to - 1]!.end, ...here.map((x) => x!.end)));
    const fields = cameoFields(code, res.kb.ontology);
    out.push({
      id: eventId(doc.article.id, sentence.index, s.actor.code, t?.actor.code ?? null, code, evStart),
      article_id: doc.article.id,
      sentence: sentence.index,
      evidence: { text: doc.article.text.slice(evStart, evEnd), start: evStart, end: evEnd },
      source: eventActor(sourceActor, s.mention),
      target:
        t && targetActor ? eventActor(t.mention === s.mention ? t.actor : targetActor, t.mention) : null,
      code,
      ...fields,
      date: date.value,
      date_precision: date.precision,
      date_source: date.source,
      status,
      hedged: modality.hedged,
      location,
      confidence: confidence(m, s.mention, modality.hedged, date.source),
      rules: [
        ...rules,
        ...(back ? [`reverse:${pairBase}`] : []),
        ...(code !== pairBase ? [`role:${pairBase}->${code}`] : []),
        ...(s.mention.antecedent !== undefined || s.mention.rule.startsWith('coref')
          ? [`source:${s.mention.rule}`]
          : []),
        ...(m.passive ? ['passive'] : []),
        ...(t && t.mention === s.mention ? ['self-target'] : []),
      ],
    });
  }
  return out;
}

/** The predicate is in what a verb of threatening reports ("warned it would strike ..."). */
function reportedByThreat(doc: Doc, syntax: Syntax, head: number, lex: ModalityLexicon): boolean {
  const at = syntax.tokens[head]!.start;
  return doc.quotes.some((q) => {
    if (q.kind !== 'reported' || at < q.content.start || at >= q.content.end) return false;
    const verb = syntax.tokens.find((t) => t.start === q.start);
    return verb !== undefined && lex.threatening.has(verb.lemma);
  });
}

/** The actor reference of an event's actor (its text lives in the mention). */
const refOf = (a: EventRecord['source']): ActorRef => ({
  code: a.code,
  country: a.country,
  role: a.role,
  name: a.name,
});

/** The actors a mention stands for: itself, its antecedent's, or each member of a group. */
function actorsOf(doc: Doc, m: Mention): Array<{ actor: ActorRef; mention: Mention }> {
  if (m.members && m.members.length > 1) {
    return m.members.flatMap((id) => {
      const member = doc.mentions[id];
      return member ? actorsOf(doc, member) : [];
    });
  }
  if (m.actor?.group) return m.actor.group.map((actor) => ({ actor, mention: m }));
  if (m.actor) return [{ actor: m.actor, mention: m }];
  return [];
}

function confidence(m: Match, source: Mention, hedged: boolean, dateSource: string): number {
  let c = 0.45 + 0.1 * Math.min(3, m.weight - 1);
  if (source.kind === 'pronoun' || source.kind === 'plural' || source.rule.startsWith('coref')) c -= 0.1;
  if (hedged) c -= 0.15;
  if (dateSource === 'expression') c += 0.05;
  return Math.round(Math.max(0.05, Math.min(0.99, c)) * 100) / 100;
}

/** The patterns a word may anchor, in load order, by any of its lookup forms (once per word form). */
function candidatesFor(byAnchor: ReadonlyMap<string, Pattern[]>, tok: Token): readonly Pattern[] {
  let cache = candidateCache.get(byAnchor);
  if (!cache || cache.size !== byAnchor.size || cache.words > 100_000) {
    cache = { size: byAnchor.size, words: 0, byLemma: new Map() };
    candidateCache.set(byAnchor, cache);
  }
  let byLower = cache.byLemma.get(tok.lemma);
  if (!byLower) {
    byLower = new Map();
    cache.byLemma.set(tok.lemma, byLower);
  }
  let list = byLower.get(tok.lower);
  if (!list) {
    list = [...new Set(lookupForms(tok).flatMap((f) => byAnchor.get(f) ?? []))];
    byLower.set(tok.lower, list);
    cache.words++;
  }
  return list;
}

const candidateCache = new WeakMap<
  ReadonlyMap<string, Pattern[]>,
  { size: number; words: number; byLemma: Map<string, Map<string, readonly Pattern[]>> }
>();
