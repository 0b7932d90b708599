// Single-thread figures: wink-nlp's bare sentence+POS pass, our tokenizer, the language layer
// (analyse) and the whole pipeline (codeArticle) over the same generated articles.
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import type { Article } from '../src/core/article.js';
import { tokenize } from '../src/nlp/index.js';
import { analyse, codeArticle, loadEngine } from '../src/pipeline/index.js';
import { type Rate, rate } from './measure.js';

export interface StageFigures {
  winkSentencePos: Rate;
  tokenize: Rate;
  analyse: Rate;
  pipeline: Rate;
  /** Pipeline throughput as a share of wink-nlp's bare sentence+POS pass on the same text. */
  pipelineVsWink: number;
  sentences: number;
  events: number;
}

function timed<T>(f: () => T): [T, number] {
  const t = performance.now();
  const out = f();
  return [out, (performance.now() - t) / 1000];
}

export function measureStages(articles: readonly Article[]): StageFigures {
  const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  const nlp = winkNLP(model);
  const its = nlp.its;
  // wink-nlp is warmed up on the same first articles as the pipeline is (bench/run.ts), so neither
  // figure carries the other's start-up.
  for (const a of articles.slice(0, 5)) nlp.readDoc(a.text).tokens().out(its.pos);
  const [sentences, winkSecs] = timed(() => {
    let n = 0;
    for (const a of articles) {
      const doc = nlp.readDoc(a.text);
      n += doc.sentences().length();
      doc.tokens().out(its.pos);
    }
    return n;
  });
  const [, tokSecs] = timed(() => {
    for (const a of articles) tokenize(a.text);
  });
  const engine = loadEngine();
  const [, anaSecs] = timed(() => {
    for (const a of articles) analyse(a, engine);
  });
  const [events, allSecs] = timed(() => {
    let n = 0;
    for (const a of articles) n += codeArticle(a, { engine }).events.length;
    return n;
  });
  const wink = rate(winkSecs, articles.length, bytes, { sentences });
  const pipeline = rate(allSecs, articles.length, bytes, { sentences, events });
  return {
    winkSentencePos: wink,
    tokenize: rate(tokSecs, articles.length, bytes, { sentences }),
    analyse: rate(anaSecs, articles.length, bytes, { sentences }),
    pipeline,
    pipelineVsWink: Math.round((winkSecs / allSecs) * 1000) / 1000,
    sentences,
    events,
  };
}
