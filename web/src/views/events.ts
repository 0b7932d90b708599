// Events: filters, a timeline of the matching events by QuadClass, and the list (each row opens the
// event page). Filters live in the URL, so every view can be bookmarked.
import { api, type Ev, esc, QUAD_COLOURS, QUADS } from '../api.js';
import { chart } from '../charts.js';

const FIELDS = [
  ['actor', 'actor code, e.g. JPNGOV'],
  ['dyad', 'SRC-TGT, e.g. JPN-USA'],
  ['code', 'CAMEO code prefix'],
  ['status', 'occurred, planned, denied'],
  ['from', 'YYYY-MM-DD'],
  ['to', 'YYYY-MM-DD'],
  ['q', 'words in the evidence'],
] as const;

export async function eventsView(app: HTMLElement, params: URLSearchParams): Promise<void> {
  app.innerHTML = `<h2>Events</h2>
<form id="f" aria-label="filters">${FIELDS.map(
    ([f, hint]) =>
      `<label>${f} <input name="${f}" value="${esc(params.get(f) ?? '')}" size="12" placeholder="${esc(hint)}"></label>`,
  ).join('')}<button>Filter</button></form>
<div id="timeline" class="chart" role="img" aria-label="events per day by QuadClass"></div>
<div id="list" aria-live="polite">Loading…</div>`;
  const form = document.getElementById('f') as HTMLFormElement;
  form.onsubmit = (e) => {
    e.preventDefault();
    const p = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (String(v).trim()) p.set(k, String(v).trim());
    location.hash = `#/?${p}`;
  };
  const list = document.getElementById('list') as HTMLElement;
  const query = new URLSearchParams(params);
  if (!query.has('limit')) query.set('limit', '500');
  const { more, events } = await api<{ more: boolean; events: Ev[] }>(`/api/events?${query}`);
  timeline(document.getElementById('timeline') as HTMLElement, events, params);
  list.innerHTML = `<p>${events.length}${more ? '+' : ''} events</p>
<table><thead><tr><th scope="col">date</th><th scope="col">source</th><th scope="col">code</th><th scope="col">target</th><th scope="col">status</th><th scope="col">evidence</th></tr></thead><tbody>${events
    .map(
      (e) =>
        `<tr><td>${esc(e.date ?? '')}</td><td>${esc(e.source.code)}</td><td>${esc(e.code)}</td><td>${esc(e.target?.code ?? '')}</td><td class="status-${esc(e.status)}">${esc(e.status)}</td><td><a href="#/event/${encodeURIComponent(e.id)}">${esc(e.evidence.text)}</a></td></tr>`,
    )
    .join('')}</tbody></table>`;
}

/** Stacked bars: events per day (day-precise dates only) by QuadClass; a click filters to that day. */
function timeline(el: HTMLElement, events: Ev[], params: URLSearchParams): void {
  const days = [
    ...new Set(events.map((e) => e.date).filter((d): d is string => !!d && d.length === 10)),
  ].sort();
  if (days.length === 0) {
    el.hidden = true;
    return;
  }
  const count = (day: string, quad: number) =>
    events.filter((e) => e.date === day && e.quad_class === quad).length;
  const c = chart(el, {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 40, right: 20, top: 30, bottom: 50 },
    xAxis: { type: 'category', data: days },
    yAxis: { type: 'value', minInterval: 1 },
    dataZoom: days.length > 30 ? [{ type: 'slider' }] : [],
    series: QUADS.map((name, q) => ({
      name,
      type: 'bar',
      stack: 'quad',
      itemStyle: { color: QUAD_COLOURS[q] },
      data: days.map((d) => count(d, q + 1)),
    })),
  });
  c.on('click', (p) => {
    const day = days[(p as { dataIndex: number }).dataIndex];
    if (!day) return;
    const next = new URLSearchParams(params);
    next.set('from', day);
    next.set('to', day);
    location.hash = `#/?${next}`;
  });
}
