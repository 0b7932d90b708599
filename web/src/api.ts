// The dashboard's view of the API (docs/api.md): typed fetches and HTML escaping.
export interface Ev {
  id: string;
  article_id: string;
  date: string | null;
  code: string;
  root: string;
  quad_class: number;
  goldstein: number;
  status: string;
  evidence: { text: string; start: number; end: number };
  source: { code: string; text: string };
  target: { code: string; text: string } | null;
}

export interface SeriesPoint {
  period: string;
  count: number;
  index: number;
  goldsteinSum: number;
  z: number | null;
  alert: boolean;
}

export interface Edge {
  source: string;
  target: string;
  weight: number;
  goldstein: number;
}

/** GET a JSON route; a non-2xx answer throws with the API's message. */
export async function api<T>(path: string): Promise<T> {
  const r = await fetch(path);
  const body = await r.json();
  if (!r.ok) throw new Error(body.error ?? r.statusText);
  return body as T;
}

export const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** GDELT's QuadClass names, 1–4. */
export const QUADS = ['verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];
export const QUAD_COLOURS = ['#4c9f70', '#1f6f43', '#e0a030', '#c0392b'];
