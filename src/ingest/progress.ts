// Progress on stderr: on a TTY a live bar (bytes read of the total, files, ETA, articles, rate),
// off a TTY the same as a one-line summary every `everySeconds`.
import { failedCount, type IngestSummary } from './run.js';

export interface Progress {
  update(s: IngestSummary): void;
  done(): void;
}

export function progress(
  stream: NodeJS.WriteStream,
  total?: { files: number; bytes: number },
  everySeconds = 10,
): Progress {
  const started = performance.now();
  let last = 0;
  const tty = stream.isTTY === true;
  const line = (s: IngestSummary): string => {
    const secs = (performance.now() - started) / 1000;
    const stored = s.inserted + s.replaced + s.unchanged;
    const rate = stored / Math.max(secs, 0.001);
    const skipped = Object.values(s.skipped).reduce((a, b) => a + b, 0);
    const files = total
      ? ` ${bar(s.bytes / Math.max(total.bytes, 1))} ${mb(s.bytes)}/${mb(total.bytes)} MB, files ${s.files}/${total.files}${eta(secs, s.bytes, total.bytes)} ·`
      : '';
    return `dyad ingest:${files} ${stored} articles (${s.inserted} new, ${s.unchanged} unchanged) · ${s.events} events · ${skipped} skipped · ${failedCount(s)} failed · ${rate.toFixed(1)} articles/s · ${secs.toFixed(0)}s`;
  };
  const mb = (b: number): string => (b / 1e6).toFixed(b < 1e7 ? 2 : 0);
  const bar = (f: number): string =>
    tty
      ? `[${'#'.repeat(Math.round(Math.min(f, 1) * 20)).padEnd(20, '.')}]`
      : `${Math.round(Math.min(f, 1) * 100)}%`;
  const eta = (secs: number, done: number, total: number): string =>
    done > 0 && done < total ? ` ETA ${Math.round((secs / done) * (total - done))}s` : '';
  let lastLine = '';
  return {
    update(s) {
      const now = performance.now();
      if (now - last < (tty ? 200 : everySeconds * 1000)) return;
      last = now;
      lastLine = line(s);
      stream.write(tty ? `\r\x1b[K${lastLine}` : `${lastLine}\n`);
    },
    done() {
      if (tty && lastLine) stream.write('\r\x1b[K');
    },
  };
}
