// Publication dates: anything that starts with a real calendar date, cut to YYYY-MM-DD.

/** `YYYY-MM-DD` when `value` starts with a valid calendar date (ISO, or RFC 822 as in RSS), else undefined. */
export function toIsoDate(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) {
    const ms = value < 1e11 ? value * 1000 : value;
    const d = new Date(ms);
    return Number.isNaN(d.getTime()) ? undefined : d.toISOString().slice(0, 10);
  }
  if (typeof value !== 'string') return undefined;
  const s = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (iso) return validDay(+iso[1]!, +iso[2]!, +iso[3]!);
  if (/^[A-Za-z]{3},?\s+\d{1,2}\s+[A-Za-z]{3}\s+\d{4}/.test(s) || /^\d{1,2}\s+[A-Za-z]{3}\s+\d{4}/.test(s)) {
    const d = new Date(s);
    if (!Number.isNaN(d.getTime())) return d.toISOString().slice(0, 10);
  }
  return undefined;
}

function validDay(y: number, m: number, d: number): string | undefined {
  if (y < 1800 || y > 2200) return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}

/** A date written in a file name or URL path: 2024-03-05, 2024_03_05, 20240305 or /2024/03/05/. */
export function dateInPath(path: string): string | undefined {
  const m = /(?<![\d])((?:19|20)\d{2})[-_/.]?(0[1-9]|1[0-2])[-_/.]?(0[1-9]|[12]\d|3[01])(?![\d])/.exec(path);
  return m ? validDay(+m[1]!, +m[2]!, +m[3]!) : undefined;
}
