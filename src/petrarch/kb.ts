// A knowledge base over PETRARCH actor and agent dictionaries, behind Dyad's Kb interface: the
// lexicon indexes every actor phrase and agent form; resolve() finds the longest actor phrase in a
// mention, takes its code on the date (date restrictions), and adds the code of an agent phrase found
// beside it (`~GOV` after the actor's code, `NGO~` before it), as PETRARCH does.
import type { ActorRef } from '../core/doc.js';
import type { Issue } from '../core/issue.js';
import type { Kb, LexEntry, Lexicon, OntologyEntry, Resolution } from '../kb/types.js';
import { type ActorEntry, type AgentEntry, actorKind, codeOn, titleCase } from './actors.js';

interface Phrase {
  words: string[];
  entries: LexEntry[];
}

/** Phrases by their first word, longest first. */
class PhraseIndex implements Lexicon {
  private readonly byFirst = new Map<string, Phrase[]>();
  private readonly byKey = new Map<string, Phrase>();

  add(words: readonly string[], entry: LexEntry): void {
    const lower = words.map((w) => w.toLowerCase());
    const key = lower.join(' ');
    let p = this.byKey.get(key);
    if (!p) {
      p = { words: lower, entries: [] };
      this.byKey.set(key, p);
      // A hyphenated first word is also found by its first part (the tokenizer splits "Barad-dur").
      for (const first of new Set([lower[0]!, lower[0]!.split('-')[0]!])) {
        const list = this.byFirst.get(first) ?? [];
        list.push(p);
        list.sort((a, b) => b.words.length - a.words.length);
        this.byFirst.set(first, list);
      }
    }
    if (!p.entries.some((e) => e.kind === entry.kind && e.id === entry.id)) p.entries.push(entry);
  }

  longest(tokens: readonly string[], start: number): { length: number; entries: LexEntry[] } | null {
    const list = this.byFirst.get(tokens[start] ?? '');
    if (!list) return null;
    // PETRARCH writes "_" for a space in names, in dictionaries and sometimes in text ("Dol_Amroth"):
    // an underscore between two words of a phrase is passed over.
    for (const p of list) {
      let at = start;
      const ok = p.words.every((w, k) => {
        if (k > 0 && tokens[at] === '_') at++;
        if (tokens[at] === w) {
          at++;
          return true;
        }
        // "BARAD-DUR" against the tokens "barad", "-", "dur".
        if (w.includes('-') && tokens.slice(at, at + 3).join('') === w) {
          at += 3;
          return true;
        }
        return false;
      });
      if (ok) return { length: at - start, entries: p.entries };
    }
    return null;
  }

  get size(): number {
    return this.byKey.size;
  }
}

/** Words of a mention as the lexicon compares them: lower case, possessives and punctuation apart. */
export function mentionWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/'s\b/g, " 's")
    .replace(/([,;:!?"()])/g, ' $1 ')
    .split(/[\s_]+/)
    .filter((w) => w !== '');
}

export interface PetrarchKbInput {
  actors: readonly ActorEntry[];
  agents: readonly AgentEntry[];
  ontology: ReadonlyMap<string, OntologyEntry>;
  issues: Issue[];
  /** A bare agent ("officials"): the passage's country (Dyad's coder), or none, `---GOV` (PETRARCH's). */
  bareRoles?: 'context' | 'none';
}

export function petrarchKb(input: PetrarchKbInput): Kb {
  const index = new PhraseIndex();
  input.actors.forEach((a, k) => {
    // A "not an actor" phrase (`---`) is indexed too: it keeps its words from a shorter actor phrase.
    for (const name of a.names) {
      index.add(name, { kind: actorKind(a) ?? 'org', id: `actor:${k}` });
      // "THE_SHIRE": Dyad's mentions leave the article out ("the Shire" is the mention "Shire").
      if (name.length > 1 && name[0] === 'THE')
        index.add(name.slice(1), { kind: actorKind(a) ?? 'org', id: `actor:${k}` });
    }
  });
  const pluralForms = new Set<string>();
  input.agents.forEach((g, k) => {
    for (const f of g.forms) {
      index.add(f.words, { kind: 'agent', id: `agent:${k}` });
      if (f.plural) pluralForms.add(f.words.join(' ').toLowerCase());
    }
  });
  const actorOf = (e: LexEntry): ActorEntry | undefined =>
    e.id.startsWith('actor:') ? input.actors[Number(e.id.slice(6))] : undefined;
  const agentOf = (e: LexEntry): AgentEntry | undefined =>
    e.id.startsWith('agent:') ? input.agents[Number(e.id.slice(6))] : undefined;

  function resolve(text: string, date: string): Resolution {
    const words = mentionWords(text);
    let actor: { entry: ActorEntry; id: string } | null = null;
    let agent: { entry: AgentEntry; plural: boolean } | null = null;
    // Every agent of the phrase adds its code ("an MSF Arnor diplomat": NGO before, GOV after).
    const agents: AgentEntry[] = [];
    for (let i = 0; i < words.length; ) {
      const hit = index.longest(words, i);
      if (!hit) {
        i++;
        continue;
      }
      const a = hit.entries.map((e) => ({ e, x: actorOf(e) })).find((p) => p.x);
      const g = hit.entries.map(agentOf).find((x) => x);
      if (a && !actor) actor = { entry: a.x!, id: a.e.id };
      else if (!a && g) {
        const found = { entry: g, plural: pluralForms.has(words.slice(i, i + hit.length).join(' ')) };
        agent ??= found;
        agents.push(found.entry);
      }
      i += hit.length;
    }
    const number = agent?.plural ? 'pl' : 'sg';
    if (!actor) {
      if (agent)
        return { actor: null, reason: 'an agent with no actor', partial: { role: agent.entry.code, number } };
      return { actor: null, reason: 'no PETRARCH actor or agent phrase' };
    }
    const base = codeOn(actor.entry, date);
    if (!base)
      return { actor: null, reason: `actor "${titleCase(actor.entry.names[0]!)}" has no code on ${date}` };
    const name = titleCase(actor.entry.names[0]!);
    const refOf = (b: string): ActorRef => {
      let code = b;
      for (const g of agents)
        if (!code.includes(g.code)) code = g.position === 'after' ? code + g.code : g.code + code;
      return {
        code,
        country: code.slice(0, 3),
        role: code.length >= 6 ? code.slice(3, 6) : null,
        name,
        entry: actor.id,
      };
    };
    // `FRO/BIL/SAM`: the name stands for each of these actors.
    const codes = base.split('/');
    const ref: ActorRef = codes.length > 1 ? { ...refOf(codes[0]!), group: codes.map(refOf) } : refOf(base);
    const kind = agent ? 'role' : (actorKind(actor.entry) ?? 'org');
    return {
      actor: ref,
      kind,
      number: codes.length > 1 ? 'pl' : number,
      rule: agent ? 'petrarch:actor+agent' : 'petrarch:actor',
    };
  }

  return {
    ontology: input.ontology,
    lexicon: index,
    resolve,
    officeHolder: () => null,
    bareRoles: input.bareRoles ?? 'context',
    issues: input.issues,
    stats: () => ({ actors: input.actors.length, agents: input.agents.length, phrases: index.size }),
  };
}
