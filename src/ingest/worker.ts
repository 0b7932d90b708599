// A coding worker thread: loads the engine and gazetteer once, then codes each article it is sent.
import { parentPort } from 'node:worker_threads';
import type { Article } from '../core/article.js';
import { issue } from '../core/issue.js';
import { loadGazetteer } from '../geo/index.js';
import { codeArticle, loadEngine } from '../pipeline/index.js';
import type { CodeRequest, CodeResponse } from './pool.js';

const port = parentPort;
if (port) {
  const ready = (async () => {
    const engine = loadEngine();
    await loadGazetteer();
    return engine;
  })();
  port.on('message', async (msg: CodeRequest) => {
    let reply: CodeResponse;
    try {
      const engine = await ready;
      const coded = codeArticle(msg.article as Article, { engine });
      reply = { seq: msg.seq, events: coded.events, issues: coded.issues };
    } catch (err) {
      reply = {
        seq: msg.seq,
        events: [],
        issues: [issue('INTERNAL', `coding failed: ${(err as Error).message}`, msg.article.id)],
      };
    }
    port.postMessage(reply);
  });
}
