// Dyad dashboard: vanilla TS over the /api routes; hash routing so every view has a URL.
type Ev = {
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
};
const app = document.getElementById('app') as HTMLElement;
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const api = async <T>(path: string): Promise<T> => {
  const r = await fetch(path);
  const body = await r.json();
  if (!r.ok) throw new Error(body.error ?? r.statusText);
  return body as T;
};
const FIELDS = ['actor', 'dyad', 'code', 'status', 'from', 'to', 'q'] as const;

async function events(params: URLSearchParams) {
  app.innerHTML = `<h2>Events</h2><form id="f">${FIELDS.map(
    (f) => `<label>${f} <input name="${f}" value="${esc(params.get(f) ?? '')}" size="10"></label>`,
  ).join('')}<button>Filter</button></form><div id="list">Loading…</div>`;
  const form = document.getElementById('f') as HTMLFormElement;
  form.onsubmit = (e) => {
    e.preventDefault();
    const p = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (String(v).trim()) p.set(k, String(v).trim());
    location.hash = `#/?${p}`;
  };
  const list = document.getElementById('list') as HTMLElement;
  try {
    const { more, events } = await api<{ more: boolean; events: Ev[] }>(`/api/events?${params}`);
    list.innerHTML = `<p>${events.length}${more ? '+' : ''} events</p><table><thead><tr><th>date</th><th>source</th><th>code</th><th>target</th><th>status</th><th>evidence</th></tr></thead><tbody>${events
      .map(
        (e) =>
          `<tr><td>${esc(e.date ?? '')}</td><td>${esc(e.source.code)}</td><td>${esc(e.code)}</td><td>${esc(e.target?.code ?? '')}</td><td>${esc(e.status)}</td><td><a href="#/event/${encodeURIComponent(e.id)}">${esc(e.evidence.text)}</a></td></tr>`,
      )
      .join('')}</tbody></table>`;
  } catch (err) {
    list.textContent = `Error: ${(err as Error).message}`;
  }
}

async function eventPage(id: string) {
  const { event: e, article } = await api<{ event: Ev; article?: { text: string; title?: string } }>(
    `/api/events/${encodeURIComponent(id)}`,
  );
  const marks = (s: string) => {
    let out = esc(s);
    for (const a of [e.source.text, e.target?.text].filter(Boolean) as string[])
      out = out.split(esc(a)).join(`<mark class="actor">${esc(a)}</mark>`);
    return out;
  };
  const text = article?.text;
  const body = text
    ? `${esc(text.slice(0, e.evidence.start))}<mark class="evidence">${marks(text.slice(e.evidence.start, e.evidence.end))}</mark>${esc(text.slice(e.evidence.end))}`
    : `<mark class="evidence">${marks(e.evidence.text)}</mark>`;
  app.innerHTML = `<h2>${esc(e.source.code)} → ${esc(e.code)} → ${esc(e.target?.code ?? '—')}</h2>
<p>date ${esc(e.date ?? 'unknown')} · status ${esc(e.status)} · QuadClass ${e.quad_class} · Goldstein ${e.goldstein} · article ${esc(e.article_id)}</p>
<div class="article">${body}</div>`;
  document.querySelector('mark.evidence')?.scrollIntoView({ block: 'center' });
}

async function dyad(params: URLSearchParams) {
  const d = params.get('dyad') ?? 'JPN-USA';
  const period = params.get('period') ?? 'month';
  const { series } = await api<{
    series: {
      period: string;
      count: number;
      index: number;
      goldsteinSum: number;
      z: number | null;
      alert: boolean;
    }[];
  }>(`/api/series?dyad=${encodeURIComponent(d)}&period=${period}`);
  const w = 800,
    h = 200,
    n = Math.max(series.length - 1, 1);
  const pts = series.map((p, i) => `${(i / n) * w},${h / 2 - p.index * (h / 2 - 10)}`).join(' ');
  app.innerHTML = `<h2>Dyad ${esc(d)} (${esc(period)})</h2>
<form id="f"><label>dyad <input name="dyad" value="${esc(d)}"></label><label>period <select name="period">${['day', 'week', 'month'].map((p) => `<option ${p === period ? 'selected' : ''}>${p}</option>`).join('')}</select></label><button>Show</button></form>
<svg role="img" aria-label="cooperation–conflict index" width="${w}" height="${h}" style="border:1px solid #ddd"><line x1="0" x2="${w}" y1="${h / 2}" y2="${h / 2}" stroke="#ccc"/><polyline fill="none" stroke="#37a" stroke-width="2" points="${pts}"/></svg>
<table><thead><tr><th>period</th><th>events</th><th>index</th><th>Goldstein</th><th>z</th><th>alert</th></tr></thead><tbody>${series
    .map(
      (p) =>
        `<tr><td>${esc(p.period)}</td><td>${p.count}</td><td>${p.index}</td><td>${p.goldsteinSum}</td><td>${p.z ?? ''}</td><td class="alert">${p.alert ? 'ALERT' : ''}</td></tr>`,
    )
    .join('')}</tbody></table>`;
  const form = document.getElementById('f') as HTMLFormElement;
  form.onsubmit = (e) => {
    e.preventDefault();
    location.hash = `#/dyad?${new URLSearchParams(new FormData(form) as unknown as Record<string, string>)}`;
  };
}

async function network() {
  const { edges } = await api<{
    edges: { source: string; target: string; weight: number; goldstein: number }[];
  }>('/api/network');
  app.innerHTML = `<h2>Actor network</h2><table><thead><tr><th>source</th><th>target</th><th>events</th><th>Goldstein</th></tr></thead><tbody>${edges
    .map(
      (e) =>
        `<tr><td>${esc(e.source)}</td><td>${esc(e.target)}</td><td>${e.weight}</td><td>${e.goldstein}</td></tr>`,
    )
    .join('')}</tbody></table>`;
}

async function calendar() {
  const { entries } = await api<{ entries: { event: Ev; outcome: string }[] }>('/api/calendar');
  app.innerHTML = `<h2>Planned events</h2><table><thead><tr><th>date</th><th>event</th><th>outcome</th></tr></thead><tbody>${entries
    .map(
      (c) =>
        `<tr><td>${esc(c.event.date ?? '')}</td><td><a href="#/event/${encodeURIComponent(c.event.id)}">${esc(c.event.evidence.text)}</a></td><td>${esc(c.outcome)}</td></tr>`,
    )
    .join('')}</tbody></table>`;
}

async function route() {
  const [path = '', query = ''] = location.hash.replace(/^#/, '').split('?');
  const params = new URLSearchParams(query);
  try {
    if (path.startsWith('/event/')) await eventPage(decodeURIComponent(path.slice(7)));
    else if (path === '/dyad') await dyad(params);
    else if (path === '/network') await network();
    else if (path === '/calendar') await calendar();
    else await events(params);
  } catch (err) {
    app.textContent = `Error: ${(err as Error).message}`;
  }
  app.focus();
}
window.addEventListener('hashchange', route);
void route();
