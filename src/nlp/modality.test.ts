import { describe, expect, it } from 'vitest';
import type { Doc } from '../core/doc.js';
import { modalityOf } from './modality.js';
import { Syntax } from './syntax.js';
import { tokenize } from './tokenize.js';

/** Modality of the predicate written in capitals in the sentence ("agreed to MEET"). */
function modalityAt(sentence: string) {
  const text = sentence.replace(/\b([A-Z]{2,})\b/, (w) => w.toLowerCase());
  const marked = sentence.match(/\b([A-Z]{2,})\b/)![1]!.toLowerCase();
  const doc: Doc = {
    article: { id: 't', text, published: '2026-01-03' },
    mentions: [],
    times: [],
    quotes: [],
    issues: [],
    ...tokenize(text),
  };
  const syntax = new Syntax(doc);
  const head = doc.tokens.findIndex((t) => t.lower === marked);
  return modalityOf(syntax, head);
}

describe('modalityOf', () => {
  it.each([
    ['Japan MET China on Friday.', 'occurred', false],
    ['Japan did not MEET China.', 'denied', false],
    ["Japan won't MEET China.", 'denied', false],
    ['Japan declined to MEET China.', 'denied', false],
    ['He cancelled a PLANNED trip to South Africa.', 'denied', false],
    ['The Senate blocked a bill to FUND Ukraine aid.', 'denied', false],
    ['Lawmakers filed a motion to IMPEACH the president.', 'planned', false],
    ['Ruto said in a televised address, offering to HOLD talks with young people.', 'planned', false],
    ['Japan refused to SIGN the deal.', 'denied', false],
    ['Japan will MEET China in April.', 'planned', false],
    ['Berlin said it would DELIVER more systems.', 'planned', false],
    ['The two leaders agreed to COORDINATE a meeting.', 'planned', false],
    ['Japan plans to VISIT China.', 'planned', false],
    ['Kurti said he remained open to MEETING Vucic again.', 'planned', false],
    ['Moscow is ready to NEGOTIATE with Kyiv.', 'planned', false],
    ['The two officers are due to SPEAK again on Monday.', 'planned', false],
    ['Xi is set to VISIT Moscow.', 'planned', false],
    ['Trump has expressed hope for a VISIT to Beijing.', 'planned', false],
    ['Japan could MEET China soon.', 'occurred', true],
    ['If scheduled smoothly, the visit could COINCIDE with the festival.', 'occurred', true],
    ["Takaichi avoided confirming whether China's EXERCISES were raised.", 'occurred', false],
  ] as const)('%s → %s', (sentence, status, hedged) => {
    const m = modalityAt(sentence);
    expect(m.status).toBe(status);
    expect(m.hedged).toBe(hedged);
  });

  it.each([
    ['The United Nations urged both parties to LET aid convoys reach Darfur.', 'appeal'],
    ['Islamabad called on the United Nations to INVESTIGATE the incident.', 'appeal'],
    ['The government rejected calls to REVERSE the decision.', 'appeal'],
    ['Pakistan accused Indian troops of VIOLATING the ceasefire.', 'alleged'],
    ['The opposition leader called on supporters to RALLY outside city hall on Thursday.', undefined],
    ['Japan held a phone call to DISCUSS trade.', undefined],
    ['Pakistan said Indian troops VIOLATED the ceasefire.', undefined],
    ['The European Union has kept some financial MEASURES against Kosovo in place.', 'ongoing'],
    ['Russia kept up its ATTACKS on Kharkiv on Monday.', undefined],
    [
      'The United States threatened to impose tariffs unless Mexico SENDS more troops to the border.',
      'condition',
    ],
    ['The minister threatened to deploy the army if the unrest CONTINUED.', 'condition'],
    ['If talks fail, Israel will RESUME fighting.', undefined],
  ] as const)('%s → not asserted: %s', (sentence, unasserted) => {
    expect(modalityAt(sentence).unasserted).toBe(unasserted);
  });

  it.each([
    ["Ethiopia's government denied that it was PLANNING an invasion.", 'denied', undefined],
    ['Iran warned that it could WITHDRAW from the treaty.', 'planned', true],
    ['Russia said that its forces had STRUCK the plant.', 'occurred', undefined],
  ] as const)('%s → %s (a "that" clause follows its verb)', (sentence, status, threat) => {
    const m = modalityAt(sentence);
    expect(m.status).toBe(status);
    expect(m.threat).toBe(threat);
  });

  it.each([
    ['The two officers are due to SPEAK again on Monday.', true],
    ['Xi is set to VISIT Moscow next week.', true],
    ['Moscow said it would DISCUSS the future of its bases.', undefined],
    ['The two leaders agreed to MEET in the spring.', undefined],
  ] as const)('%s → a schedule: %s', (sentence, scheduled) => {
    const m = modalityAt(sentence);
    expect(m.status).toBe('planned');
    expect(m.scheduled).toBe(scheduled);
  });
});
