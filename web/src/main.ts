// Dyad dashboard: hash routing so every view has a URL; each view renders into <main>.
import { disposeCharts } from './charts.js';
import { calendarView } from './views/calendar.js';
import { dyadView } from './views/dyad.js';
import { eventView } from './views/event.js';
import { eventsView } from './views/events.js';
import { networkView } from './views/network.js';

const app = document.getElementById('app') as HTMLElement;

async function route(): Promise<void> {
  const [path = '', query = ''] = location.hash.replace(/^#/, '').split('?');
  const params = new URLSearchParams(query);
  disposeCharts();
  for (const a of document.querySelectorAll('nav a'))
    a.toggleAttribute('aria-current', (a.getAttribute('href') ?? '').replace(/^#/, '') === (path || '/'));
  try {
    if (path.startsWith('/event/')) await eventView(app, decodeURIComponent(path.slice(7)));
    else if (path === '/dyad') await dyadView(app, params);
    else if (path === '/network') await networkView(app, params);
    else if (path === '/calendar') await calendarView(app);
    else await eventsView(app, params);
  } catch (err) {
    app.innerHTML = '';
    const p = document.createElement('p');
    p.className = 'error';
    p.textContent = `Error: ${(err as Error).message}`;
    app.append(p);
  }
  app.focus();
}
window.addEventListener('hashchange', route);
void route();
