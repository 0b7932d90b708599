import { describe, expect, it } from 'vitest';
import { defaultKb } from './index.js';

const kb = defaultKb();

describe('the knowledge base', () => {
  it('loads its data without issues', () => expect(kb.issues).toEqual([]));

  it.each([
    ['the Japanese prime minister', '2025-06-01', 'JPNGOV', 'Shigeru Ishiba'],
    ['the Japanese prime minister', '2026-01-03', 'JPNGOV', 'Sanae Takaichi'],
    ["Japan's Prime Minister Sanae Takaichi", '2026-01-03', 'JPNGOV', 'Sanae Takaichi'],
    ['Trump', '2019-05-01', 'USAGOV', 'Donald Trump'],
    ['Trump', '2022-05-01', 'USAELI', 'Donald Trump'],
    ['U.S. President Donald Trump', '2026-01-03', 'USAGOV', 'Donald Trump'],
    ['the German chancellor', '2024-11-15', 'DEUGOV', 'Olaf Scholz'],
    ['the German chancellor', '2025-09-01', 'DEUGOV', 'Friedrich Merz'],
    ['Guterres', '2025-10-28', 'IGOUNO', 'António Guterres'],
    ['Beijing', '2026-01-03', 'CHNGOV', null],
    ['Chinese coast guard', '2026-01-03', 'CHNMIL', null],
    ['Japanese officials', '2026-01-03', 'JPNGOV', null],
    ['Russian troops', '2024-11-17', 'RUSMIL', null],
    ['Kenyan police', '2024-06-26', 'KENCOP', null],
    ['NATO', '2026-01-03', 'IGOWSTNAT', 'NATO'],
    ['the U.N.', '2026-01-03', 'IGOUNO', 'United Nations'],
    ['Hamas', '2026-01-03', 'PSEREB', 'Hamas'],
    ['the RSF', '2025-10-29', 'SDNREB', 'Rapid Support Forces'],
    ['Ukraine', '2024-11-17', 'UKR', 'Ukraine'],
  ])('%s on %s → %s', (text, date, code, name) => {
    const r = kb.resolve(text, date);
    expect(r.actor?.code).toBe(code);
    expect(r.actor?.name ?? null).toBe(name);
  });

  it('takes a capital as a place when it is used as one', () => {
    expect(kb.resolve('Tokyo', '2026-01-03', { use: 'location' }).actor?.code).toBe('JPN');
  });

  it.each(['the weather', 'Scarborough Shoal', 'a committee'])('knows nothing of %s', (text) => {
    expect(kb.resolve(text, '2026-01-03').actor).toBeNull();
  });
});
