// One event: its fields, and the article with the evidence highlighted and the actors marked.
import { api, type Ev, esc, QUADS } from '../api.js';

export async function eventView(app: HTMLElement, id: string): Promise<void> {
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
<dl class="fields">
<dt>date</dt><dd>${esc(e.date ?? 'unknown')}</dd>
<dt>status</dt><dd class="status-${esc(e.status)}">${esc(e.status)}</dd>
<dt>QuadClass</dt><dd>${e.quad_class} (${esc(QUADS[e.quad_class - 1] ?? '')})</dd>
<dt>Goldstein</dt><dd>${e.goldstein}</dd>
<dt>article</dt><dd>${esc(article?.title ?? e.article_id)}</dd>
</dl>
<p><a href="#/?dyad=${encodeURIComponent(`${e.source.code.slice(0, 3)}-${(e.target?.code ?? '').slice(0, 3)}`)}">Other events of this dyad</a></p>
<div class="article">${body}</div>`;
  document.querySelector('mark.evidence')?.scrollIntoView({ block: 'center' });
}
