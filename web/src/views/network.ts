// The actor network: who acts on whom, edge width by the number of events, colour by the mean
// Goldstein value (green cooperation, red conflict). A node opens that actor's events; the table is the
// same network for keyboards and screen readers.
import { api, type Edge, esc } from '../api.js';
import { chart } from '../charts.js';

export async function networkView(app: HTMLElement, params: URLSearchParams): Promise<void> {
  const query = new URLSearchParams();
  for (const k of ['from', 'to', 'quad']) {
    const v = params.get(k);
    if (v) query.set(k, v);
  }
  const { edges } = await api<{ edges: Edge[] }>(`/api/network?${query}`);
  app.innerHTML = `<h2>Actor network</h2>
<form id="f" aria-label="network filters"><label>from <input name="from" value="${esc(params.get('from') ?? '')}" placeholder="YYYY-MM-DD"></label><label>to <input name="to" value="${esc(params.get('to') ?? '')}" placeholder="YYYY-MM-DD"></label><label>QuadClass <select name="quad"><option value="">all</option>${[
    1, 2, 3, 4,
  ]
    .map((q) => `<option ${params.get('quad') === String(q) ? 'selected' : ''}>${q}</option>`)
    .join('')}</select></label><button>Show</button></form>
<div id="network-chart" class="chart tall" role="img" aria-label="actor network"></div>
<table><thead><tr><th scope="col">source</th><th scope="col">target</th><th scope="col">events</th><th scope="col">Goldstein</th></tr></thead><tbody>${edges
    .map(
      (e) =>
        `<tr><td><a href="#/?actor=${encodeURIComponent(e.source)}">${esc(e.source)}</a></td><td><a href="#/?actor=${encodeURIComponent(e.target)}">${esc(e.target)}</a></td><td>${e.weight}</td><td>${e.goldstein}</td></tr>`,
    )
    .join('')}</tbody></table>`;
  const form = document.getElementById('f') as HTMLFormElement;
  form.onsubmit = (e) => {
    e.preventDefault();
    const p = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (String(v)) p.set(k, String(v));
    location.hash = `#/network?${p}`;
  };
  const degree = new Map<string, number>();
  for (const e of edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + e.weight);
    degree.set(e.target, (degree.get(e.target) ?? 0) + e.weight);
  }
  const maxWeight = Math.max(1, ...edges.map((e) => e.weight));
  const c = chart(document.getElementById('network-chart') as HTMLElement, {
    tooltip: {},
    series: [
      {
        type: 'graph',
        layout: 'force',
        roam: true,
        draggable: true,
        label: { show: true, position: 'right' },
        force: { repulsion: 220, edgeLength: 120 },
        edgeSymbol: ['none', 'arrow'],
        data: [...degree].map(([name, n]) => ({ name, value: n, symbolSize: 10 + Math.sqrt(n) * 6 })),
        links: edges.map((e) => ({
          source: e.source,
          target: e.target,
          value: e.weight,
          lineStyle: {
            width: 1 + (4 * e.weight) / maxWeight,
            color: e.goldstein > 0 ? '#2e8b57' : e.goldstein < 0 ? '#c0392b' : '#999999',
            curveness: 0.15,
          },
        })),
      },
    ],
  });
  c.on('click', (p) => {
    const x = p as { dataType?: string; name?: string };
    if (x.dataType === 'node' && x.name) location.hash = `#/?actor=${encodeURIComponent(x.name)}`;
  });
}
