// Planned events (visits, meetings, pledges announced for later) with their outcome: fulfilled by a
// later event, pending, or overdue once their date has passed.
import { api, type Ev, esc } from '../api.js';

export async function calendarView(app: HTMLElement): Promise<void> {
  const { entries } = await api<{ entries: { event: Ev; outcome: string }[] }>('/api/calendar');
  const sorted = [...entries].sort((a, b) => (a.event.date ?? '9999').localeCompare(b.event.date ?? '9999'));
  app.innerHTML = `<h2>Planned events</h2>
<p>${entries.filter((c) => c.outcome === 'overdue').length} overdue · ${entries.filter((c) => c.outcome === 'pending').length} pending · ${entries.filter((c) => c.outcome === 'fulfilled').length} fulfilled</p>
<table><thead><tr><th scope="col">date</th><th scope="col">dyad</th><th scope="col">code</th><th scope="col">event</th><th scope="col">outcome</th></tr></thead><tbody>${sorted
    .map(
      (c) =>
        `<tr><td>${esc(c.event.date ?? 'unknown')}</td><td>${esc(c.event.source.code)} → ${esc(c.event.target?.code ?? '—')}</td><td>${esc(c.event.code)}</td><td><a href="#/event/${encodeURIComponent(c.event.id)}">${esc(c.event.evidence.text)}</a></td><td class="outcome-${esc(c.outcome)}">${esc(c.outcome)}</td></tr>`,
    )
    .join('')}</tbody></table>`;
}
