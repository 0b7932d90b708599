import type { Doc, Mention } from '../core/doc.js';
import type { CodeTrace } from '../events/index.js';
import { isMatch } from '../events/index.js';
import type { Syntax } from '../nlp/index.js';
import { modalityOf } from '../nlp/index.js';

/** The annotation layers of one sentence, as readable lines (used by `dyad annotate` and `dyad explain`). */
export function sentenceLayers(doc: Doc, syntax: Syntax, index: number, withTokens: boolean): string[] {
  const s = doc.sentences[index]!;
  const text = doc.article.text;
  const lines = [`[${index}] ${text.slice(s.start, s.end)}`];
  if (withTokens) {
    const toks = doc.tokens
      .slice(s.firstToken, s.endToken)
      .map((t) => `${t.text}/${t.pos}${t.lemma !== t.lower ? `:${t.lemma}` : ''}`);
    lines.push(`  tokens:   ${toks.join(' ')}`);
  }
  for (const t of doc.times.filter((x) => x.start >= s.start && x.end <= s.end)) {
    lines.push(
      `  time:     "${t.text}" ${t.type} ${t.value}${t.mod ? ` mod=${t.mod}` : ''} [${t.start}–${t.end}] (${t.rule})`,
    );
  }
  for (const m of doc.mentions.filter((x) => x.sentence === index))
    lines.push(`  mention:  ${describeMention(doc, m)}`);
  for (const q of doc.quotes.filter((x) => x.start >= s.start && x.start < s.end)) {
    const speaker = q.speaker !== null ? doc.mentions[q.speaker]?.text : null;
    lines.push(
      `  quote:    ${q.kind} by ${speaker ?? '(unknown)'}${q.named ? '' : ' (unnamed source)'}: "${text.slice(q.content.start, q.content.end).slice(0, 80)}"`,
    );
  }
  for (let i = s.firstToken; i < s.endToken; i++) {
    const t = syntax.tokens[i]!;
    if (t.pos !== 'VERB') continue;
    const m = modalityOf(syntax, i);
    const subject = syntax.subjectOf(i);
    lines.push(
      `  clause:   ${t.text}${syntax.isPassive(i) ? ' (passive)' : ''} subject=${subject ? `"${subject.text}"` : '—'} ${m.status}${m.hedged ? ' hedged' : ''}${m.cues.length ? ` (${m.cues.join(', ')})` : ''}`,
    );
  }
  return lines;
}

export function describeMention(doc: Doc, m: Mention): string {
  const parts = [`"${m.text}"`, m.kind, m.use];
  if (m.actor) parts.push(`→ ${m.actor.code}${m.actor.name ? ` (${m.actor.name})` : ''}`);
  else if (m.members)
    parts.push(
      `→ {${m.members.map((id) => doc.mentions[id]?.actor?.code ?? doc.mentions[id]?.text).join(', ')}}`,
    );
  else parts.push('→ unresolved');
  if (m.antecedent !== undefined) parts.push(`via "${doc.mentions[m.antecedent]?.text}"`);
  parts.push(`[${m.start}–${m.end}] (${m.rule})`);
  return parts.join(' ');
}

/** What the coder tried in one sentence: each predicate, each pattern, why it fired or not. */
export function attemptLines(syntax: Syntax, trace: CodeTrace, index: number, all: boolean): string[] {
  const lines: string[] = [];
  for (const d of trace.discarded.filter((x) => x.sentence === index)) {
    lines.push(`  discarded: context "${d.context}" (matched "${d.phrase}")`);
  }
  for (const a of trace.attempts.filter((x) => x.sentence === index)) {
    lines.push(`  predicate "${syntax.tokens[a.head]!.text}": ${a.outcome}`);
    const fired = a.tried.filter(isMatch);
    const shown: typeof a.tried = all
      ? a.tried
      : [...fired, ...a.tried.filter((x) => !isMatch(x)).slice(0, 3)];
    for (const t of shown) {
      if (isMatch(t)) {
        const chosen = t === a.chosen ? '*' : ' ';
        lines.push(
          `   ${chosen} ${t.pattern.id} (${t.pattern.code}) fired: source=${t.source ? `"${t.source.text}"` : '—'} target=${t.target ? `"${t.target.text}"` : '—'} weight=${t.weight}${t.passive ? ' passive' : ''}`,
        );
      } else lines.push(`     ${t.pattern.id} (${t.pattern.code}) no: ${t.reason}`);
    }
    if (!all && a.tried.length > shown.length)
      lines.push(`     … ${a.tried.length - shown.length} more patterns did not match (--all shows them)`);
  }
  return lines;
}
