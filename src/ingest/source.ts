// Opening an input file as a Source: gunzipped on the fly when it ends in .gz, read in chunks.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import type { Source } from './types.js';

const HEAD_BYTES = 4096;

const isGzip = (path: string): boolean => /\.gz$/i.test(path);

function streamOf(path: string, onBytes?: (n: number) => void): AsyncIterable<Buffer> {
  const file = createReadStream(path, { highWaterMark: 1 << 16 });
  if (onBytes) file.on('data', (c) => onBytes(c.length));
  if (!isGzip(path)) return file;
  const gunzip = createGunzip();
  file.on('error', (err) => gunzip.destroy(err));
  return file.pipe(gunzip);
}

/** Opens `path`; throws (with a message fit for an issue) when it cannot be read at all. */
export async function openSource(path: string, onBytes?: (n: number) => void): Promise<Source> {
  let head: Buffer;
  if (isGzip(path)) {
    head = Buffer.alloc(0);
    try {
      for await (const chunk of streamOf(path)) {
        head = Buffer.concat([head, chunk]);
        if (head.length >= HEAD_BYTES) break;
      }
    } catch (err) {
      if (head.length === 0) throw new Error(`not a readable gzip file (${(err as Error).message})`);
    }
  } else {
    const fh = await open(path, 'r');
    try {
      const buf = Buffer.alloc(HEAD_BYTES);
      const { bytesRead } = await fh.read(buf, 0, HEAD_BYTES, 0);
      head = buf.subarray(0, bytesRead);
    } finally {
      await fh.close();
    }
  }
  return {
    path,
    name: path.replace(/\.gz$/i, ''),
    head: head.subarray(0, HEAD_BYTES),
    stream: () => streamOf(path, onBytes),
  };
}

/** The whole (decompressed) content, or an error message when it is too big or cannot be read. */
export async function readWhole(source: Source, maxBytes: number): Promise<Buffer | string> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of source.stream()) {
      size += chunk.length;
      if (size > maxBytes) return `larger than ${maxBytes} bytes, not read (raise --max-file-bytes)`;
      chunks.push(chunk);
    }
  } catch (err) {
    return gzipMessage(err as Error);
  }
  return Buffer.concat(chunks);
}

export const gzipMessage = (err: Error): string =>
  /unexpected end of file/i.test(err.message)
    ? 'truncated gzip file (unexpected end of file)'
    : `cannot read (${(err as NodeJS.ErrnoException).code ?? err.message})`;
