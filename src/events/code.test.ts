import { describe, expect, it } from 'vitest';
import { tinyKb } from '../../test/helpers/tiny-kb.js';
import { packageRoot } from '../core/paths.js';
import { modalityLexicon } from '../nlp/index.js';
import { codeArticle, type Engine } from '../pipeline/index.js';
import { loadDiscards } from './discards.js';
import { loadPatterns } from './patterns/load.js';

const patterns = loadPatterns([`${packageRoot}/test/fixtures/patterns`], new Set(tinyKb.ontology.keys()));
const engine: Engine = {
  kb: tinyKb,
  patterns,
  discards: loadDiscards('/nonexistent'),
  modality: modalityLexicon(),
  issues: [],
};
const code = (text: string, published = '2026-01-03') =>
  codeArticle({ id: 't', text, published }, { engine }).events.map((e) => ({
    source: e.source.code,
    target: e.target?.code ?? null,
    code: e.code,
    status: e.status,
    date: e.date,
  }));

describe('the coder engine (tiny knowledge base and patterns)', () => {
  it('loads the test patterns without issues', () => {
    expect(patterns.issues).toEqual([]);
  });

  it.each([
    [
      "Japan's Prime Minister Sanae Takaichi held a phone call with U.S. President Donald Trump on Friday.",
      [{ source: 'JPNGOV', target: 'USAGOV', code: '041', status: 'occurred', date: '2026-01-02' }],
    ],
    [
      'Takaichi spoke with Trump by phone for about 25 minutes late on Friday, January 2, 2026.',
      [{ source: 'JPNGOV', target: 'USAGOV', code: '041', status: 'occurred', date: '2026-01-02' }],
    ],
    [
      'Trump, who met Takaichi in Tokyo in October, invited her to visit.',
      [
        { source: 'USAGOV', target: 'JPNGOV', code: '042', status: 'occurred', date: '2025-10' },
        { source: 'USAGOV', target: 'JPNGOV', code: '036', status: 'planned', date: null },
      ],
    ],
    [
      'Takaichi met Trump. The two leaders agreed to coordinate a meeting in the United States this spring.',
      [
        { source: 'JPNGOV', target: 'USAGOV', code: '042', status: 'occurred', date: '2026-01-03' },
        { source: 'JPNGOV', target: 'USAGOV', code: '036', status: 'planned', date: '2026-SP' },
      ],
    ],
    [
      'Trump has expressed hope for a visit to Beijing in April.',
      [{ source: 'USAGOV', target: 'CHNGOV', code: '036', status: 'planned', date: '2026-04' }],
    ],
    [
      "Takaichi avoided confirming whether China's recent large-scale military exercises around Taiwan were raised.",
      [{ source: 'CHN', target: 'TWN', code: '150', status: 'occurred', date: null }],
    ],
    [
      'Russia fired about 120 missiles and 90 drones at Ukraine early on Sunday.',
      [{ source: 'RUS', target: 'UKR', code: '195', status: 'occurred', date: '2025-12-28' }],
    ],
    [
      'Japan did not meet China.',
      [{ source: 'JPN', target: 'CHN', code: '042', status: 'denied', date: '2026-01-03' }],
    ],
    [
      'Japan and China accused each other of spying.',
      [
        { source: 'JPN', target: 'CHN', code: '112', status: 'occurred', date: '2026-01-03' },
        { source: 'CHN', target: 'JPN', code: '112', status: 'occurred', date: '2026-01-03' },
      ],
    ],
    [
      // The lead's Friday is the story's narrative time.
      'Japan and China clashed on Friday. Hours later, each side accused the other of lying.',
      [
        { source: 'JPN', target: 'CHN', code: '112', status: 'occurred', date: '2026-01-02' },
        { source: 'CHN', target: 'JPN', code: '112', status: 'occurred', date: '2026-01-02' },
      ],
    ],
    ['Takaichi accused the other candidates of lying.', []],
    [
      'China fired missiles at Taiwan on Friday, a move criticized by Takaichi.',
      [
        { source: 'CHN', target: 'TWN', code: '195', status: 'occurred', date: '2026-01-02' },
        { source: 'JPNGOV', target: 'CHN', code: '111', status: 'occurred', date: '2026-01-02' },
      ],
    ],
    ['The budget criticized by China was passed.', []],
    // "would respond" is a threat, made now, against whoever acted against the threatening side.
    [
      'China fired missiles at Taiwan on Friday. Taiwan said it would respond.',
      [
        { source: 'CHN', target: 'TWN', code: '195', status: 'occurred', date: '2026-01-02' },
        { source: 'TWN', target: 'CHN', code: '130', status: 'occurred', date: '2026-01-02' },
      ],
    ],
    ['Taiwan responded to the letter on Friday.', []],
    // A symmetric event of a group: once per pair of its members.
    [
      'Japan, China and Taiwan coordinated a summit.',
      [
        { source: 'JPN', target: 'CHN', code: '040', status: 'occurred', date: '2026-01-03' },
        { source: 'JPN', target: 'TWN', code: '040', status: 'occurred', date: '2026-01-03' },
        { source: 'CHN', target: 'TWN', code: '040', status: 'occurred', date: '2026-01-03' },
      ],
    ],
    // A participle after a comma shares its verb's subject and time.
    [
      'On Monday China said Takaichi criticized Taiwan on Friday, accusing Beijing of lying.',
      [
        { source: 'JPNGOV', target: 'TWN', code: '111', status: 'occurred', date: '2026-01-02' },
        { source: 'JPNGOV', target: 'CHNGOV', code: '112', status: 'occurred', date: '2026-01-02' },
      ],
    ],
    // A gerund after a determiner names an event the clause's subject did not do.
    ['Takaichi described the storming of the Chinese embassy as an outrage.', []],
    [
      'Chinese officials stormed Japan on Friday.',
      [{ source: 'CHNGOV', target: 'JPN', code: '145', status: 'occurred', date: '2026-01-02' }],
    ],
    // A threat is what happened: "threatened to impose" → 1312, "warned it would fire" → 1384.
    [
      'Takaichi threatened on Friday to impose sanctions on China.',
      [{ source: 'JPNGOV', target: 'CHN', code: '1312', status: 'occurred', date: '2026-01-02' }],
    ],
    [
      'China warned on Friday it would fire missiles at Taiwan.',
      [{ source: 'CHN', target: 'TWN', code: '1384', status: 'occurred', date: '2026-01-02' }],
    ],
    [
      'Takaichi said Japan would impose sanctions on China.',
      [{ source: 'JPN', target: 'CHN', code: '163', status: 'planned', date: null }],
    ],
    [
      'China fired missiles at Taiwan on Friday. Takaichi criticized the attack.',
      [
        { source: 'CHN', target: 'TWN', code: '195', status: 'occurred', date: '2026-01-02' },
        { source: 'JPNGOV', target: 'CHN', code: '111', status: 'occurred', date: '2026-01-02' },
      ],
    ],
    [
      'China fired missiles at Taiwan on Friday in what Takaichi called the largest attack in years.',
      [{ source: 'CHN', target: 'TWN', code: '195', status: 'occurred', date: '2026-01-02' }],
    ],
    // A time right after a verb of saying dates the saying: a plan announced then has no date of its own.
    [
      'Takaichi said on Friday she would invite Trump to visit.',
      [{ source: 'JPNGOV', target: 'USAGOV', code: '036', status: 'planned', date: null }],
    ],
    [
      'Takaichi said on Friday she criticized China.',
      [{ source: 'JPNGOV', target: 'CHN', code: '111', status: 'occurred', date: '2026-01-02' }],
    ],
    ['Takaichi did not elaborate on whether China was specifically discussed.', []],
    ['Japan beat China 2-1 on Friday.', []],
  ])('%s', (text, expected) => {
    expect(code(text)).toEqual(expected);
  });
});

describe('what the text does not assert (dyad explain says why)', () => {
  const outcomes = (text: string) => {
    const trace = { attempts: [], discarded: [] } as import('./code.js').CodeTrace;
    const { events } = codeArticle({ id: 't', text, published: '2026-01-03' }, { engine, trace });
    return { events, outcomes: trace.attempts.map((a) => a.outcome) };
  };
  it.each([
    ['Japan urged China to meet Taiwan.', 'what an appeal asks for'],
    ['Japan accused China of criticising Taiwan in secret.', 'what an accusation alleges'],
    ['Japan will respond unless China meets Taiwan.', 'the condition of an if/unless clause'],
  ])('%s', (text, why) => {
    const r = outcomes(text);
    expect(r.events.filter((e) => e.source.code === 'CHN' || e.code === '042')).toEqual([]);
    expect(r.outcomes).toContain(`not coded: ${why}`);
  });
});
