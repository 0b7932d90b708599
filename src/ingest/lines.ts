// Splitting a byte stream into lines with bounded memory: a line longer than `maxBytes` is skipped up
// to its newline and reported as too long, never gathered into one string.

export interface Line {
  /** 1-based line number. */
  n: number;
  /** The line's bytes (without the newline), or undefined when it was longer than the limit. */
  bytes?: Buffer;
  /** The line's length in bytes (counted even when it was skipped). */
  length: number;
}

export async function* splitLines(chunks: AsyncIterable<Buffer>, maxBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let length = 0;
  let n = 0;
  let overflow = false;
  const finish = (): Line => {
    n++;
    const line: Line = overflow
      ? { n, length }
      : { n, length, bytes: stripCr(parts.length === 1 ? parts[0]! : Buffer.concat(parts)) };
    parts = [];
    length = 0;
    overflow = false;
    return line;
  };
  for await (const chunk of chunks) {
    let start = 0;
    while (start < chunk.length) {
      const nl = chunk.indexOf(10, start);
      const end = nl === -1 ? chunk.length : nl;
      length += end - start;
      if (!overflow) {
        if (length > maxBytes) {
          overflow = true;
          parts = [];
        } else parts.push(chunk.subarray(start, end));
      }
      if (nl === -1) break;
      yield finish();
      start = nl + 1;
    }
  }
  if (length > 0 || parts.length > 0) yield finish();
}

const stripCr = (b: Buffer): Buffer => (b.length && b[b.length - 1] === 13 ? b.subarray(0, b.length - 1) : b);
