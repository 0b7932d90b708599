// A dyad over time: the cooperation–conflict index (line) and event counts (bars) per period, with the
// escalation alerts of docs/api.md marked on the line; the table below gives the same figures.
import { api, esc, type SeriesPoint } from '../api.js';
import { chart } from '../charts.js';

export async function dyadView(app: HTMLElement, params: URLSearchParams): Promise<void> {
  const d = params.get('dyad') ?? 'JPN-USA';
  const period = params.get('period') ?? 'month';
  const { series } = await api<{ series: SeriesPoint[] }>(
    `/api/series?dyad=${encodeURIComponent(d)}&period=${encodeURIComponent(period)}`,
  );
  app.innerHTML = `<h2>Dyad ${esc(d)} (${esc(period)})</h2>
<form id="f" aria-label="dyad"><label>dyad <input name="dyad" value="${esc(d)}" placeholder="SRC-TGT"></label><label>period <select name="period">${[
    'day',
    'week',
    'month',
  ]
    .map((p) => `<option ${p === period ? 'selected' : ''}>${p}</option>`)
    .join('')}</select></label><button>Show</button></form>
<div id="series-chart" class="chart" role="img" aria-label="cooperation–conflict index and events per ${esc(period)}"></div>
<table><thead><tr><th scope="col">period</th><th scope="col">events</th><th scope="col">index</th><th scope="col">Goldstein</th><th scope="col">z</th><th scope="col">alert</th></tr></thead><tbody>${series
    .map(
      (p) =>
        `<tr><td>${esc(p.period)}</td><td>${p.count}</td><td>${p.index}</td><td>${p.goldsteinSum}</td><td>${p.z ?? ''}</td><td class="alert">${p.alert ? 'ALERT' : ''}</td></tr>`,
    )
    .join('')}</tbody></table>`;
  const form = document.getElementById('f') as HTMLFormElement;
  form.onsubmit = (e) => {
    e.preventDefault();
    const p = new URLSearchParams();
    for (const [k, v] of new FormData(form)) p.set(k, String(v));
    location.hash = `#/dyad?${p}`;
  };
  const periods = series.map((p) => p.period);
  chart(document.getElementById('series-chart') as HTMLElement, {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 45, right: 45, top: 30, bottom: 40 },
    xAxis: { type: 'category', data: periods },
    yAxis: [
      { type: 'value', name: 'index', min: -1, max: 1 },
      { type: 'value', name: 'events', minInterval: 1 },
    ],
    series: [
      {
        name: 'events',
        type: 'bar',
        yAxisIndex: 1,
        itemStyle: { color: '#c9d6e3' },
        data: series.map((p) => p.count),
      },
      {
        name: 'cooperation–conflict index',
        type: 'line',
        yAxisIndex: 0,
        itemStyle: { color: '#3377aa' },
        data: series.map((p) => p.index),
        markLine: { silent: true, symbol: 'none', data: [{ yAxis: 0 }] },
        markPoint: {
          symbol: 'pin',
          itemStyle: { color: '#b00' },
          data: series
            .map((p, i) => (p.alert ? { name: 'alert', coord: [i, p.index], value: 'alert' } : null))
            .filter((x) => x !== null),
        },
      },
    ],
  });
}
