import { describe, expect, it } from 'vitest';
import { splitLines } from './lines.js';

async function* chunks(parts: (string | Buffer)[]): AsyncGenerator<Buffer> {
  for (const p of parts) yield Buffer.isBuffer(p) ? p : Buffer.from(p);
}
const collect = async (parts: (string | Buffer)[], max = 100) => {
  const out: { n: number; text?: string; length: number }[] = [];
  for await (const l of splitLines(chunks(parts), max))
    out.push({ n: l.n, length: l.length, ...(l.bytes && { text: l.bytes.toString() }) });
  return out;
};

describe('splitLines', () => {
  const cases: {
    name: string;
    parts: string[];
    max?: number;
    want: { n: number; text?: string; length: number }[];
  }[] = [
    { name: 'nothing', parts: [], want: [] },
    { name: 'empty chunk', parts: [''], want: [] },
    { name: 'one line, no newline', parts: ['abc'], want: [{ n: 1, text: 'abc', length: 3 }] },
    {
      name: 'CRLF',
      parts: ['a\r\nb\r\n'],
      want: [
        { n: 1, text: 'a', length: 2 },
        { n: 2, text: 'b', length: 2 },
      ],
    },
    {
      name: 'split across chunks',
      parts: ['ab', 'c\nd', 'e\n'],
      want: [
        { n: 1, text: 'abc', length: 3 },
        { n: 2, text: 'de', length: 2 },
      ],
    },
    {
      name: 'blank lines keep numbering',
      parts: ['\n\nx\n'],
      want: [
        { n: 1, text: '', length: 0 },
        { n: 2, text: '', length: 0 },
        { n: 3, text: 'x', length: 1 },
      ],
    },
    {
      name: 'too long, then fine',
      parts: ['x'.repeat(8), 'x'.repeat(8), '\nok\n'],
      max: 10,
      want: [
        { n: 1, length: 16 },
        { n: 2, text: 'ok', length: 2 },
      ],
    },
  ];
  for (const c of cases) it(c.name, async () => expect(await collect(c.parts, c.max)).toEqual(c.want));

  it('a 200 MB single line is counted and skipped without being gathered', async () => {
    const block = Buffer.alloc(1 << 20, 0x61);
    async function* huge(): AsyncGenerator<Buffer> {
      for (let i = 0; i < 200; i++) yield block;
      yield Buffer.from('\n{"ok":1}\n');
    }
    const before = process.memoryUsage().arrayBuffers;
    const out: { n: number; length: number; has: boolean }[] = [];
    for await (const l of splitLines(huge(), 32 << 20))
      out.push({ n: l.n, length: l.length, has: !!l.bytes });
    expect(out).toEqual([
      { n: 1, length: 200 << 20, has: false },
      { n: 2, length: 8, has: true },
    ]);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(100 << 20);
  });
});
