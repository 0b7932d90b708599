// HTML pages: the main text through @mozilla/readability over linkedom; the publication date from
// article:published_time, JSON-LD datePublished, a <time datetime>, the URL, the file name or --date.
import { basename } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { issue } from '../../core/issue.js';
import { accept } from '../accept.js';
import { dateInPath, toIsoDate } from '../dates.js';
import type { DateSource, Reader, ReadItem, ReadOptions, Source } from '../types.js';
import { wholeText } from './whole.js';

export const htmlReader: Reader = {
  name: 'html',
  detect: (s) =>
    /\.x?html?$/i.test(s.name) || /^\s*(<!doctype html|<html)/i.test(s.head.toString('latin1', 0, 512)),
  read: readHtml,
};

async function* readHtml(source: Source, options: ReadOptions): AsyncGenerator<ReadItem> {
  const got = await wholeText(source, options);
  if (typeof got !== 'string') {
    yield got;
    return;
  }
  yield htmlItem(source.path, got, options);
}

type Doc = ReturnType<typeof parseHTML>['document'];

const metaContent = (doc: Doc, selector: string): string | undefined =>
  doc.querySelector(selector)?.getAttribute('content')?.trim() || undefined;

export function htmlItem(path: string, html: string, options: ReadOptions): ReadItem {
  let doc: Doc;
  try {
    doc = parseHTML(html).document;
  } catch (err) {
    return { issue: issue('UNREADABLE', `malformed HTML (${(err as Error).message})`, path) };
  }
  const url =
    metaContent(doc, 'meta[property="og:url"]') ??
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() ??
    undefined;
  const found = pageDate(doc, url);
  let published = found?.date;
  let dateSource: DateSource | undefined = found?.source;
  if (!published && options.date) [published, dateSource] = [options.date, 'option'];
  if (!published) [published, dateSource] = [dateInPath(basename(path)), 'file-name'];
  if (!published || !dateSource)
    return { issue: issue('BAD_DATE', 'no publication date in the page (give --date)', path) };
  const title =
    metaContent(doc, 'meta[property="og:title"]') ?? doc.querySelector('title')?.textContent?.trim();
  const source = metaContent(doc, 'meta[property="og:site_name"]');
  let text = '';
  try {
    const parsed = new Readability(doc as unknown as ConstructorParameters<typeof Readability>[0]).parse();
    text = paragraphs(parsed?.textContent ?? '');
  } catch {
    text = '';
  }
  if (!text) text = paragraphs(doc.body?.textContent ?? '');
  return accept(
    {
      id: basename(path)
        .replace(/\.gz$/i, '')
        .replace(/\.[^.]*$/, ''),
      text,
      published,
      ...(title && { title }),
      ...(url && { url }),
      ...(source && { source }),
    },
    path,
    undefined,
    dateSource,
    options,
  );
}

/** Text with each paragraph on one line and blank runs removed. */
export const paragraphs = (text: string): string =>
  text
    .split(/\n\s*\n|\r?\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '')
    .join('\n');

function pageDate(doc: Doc, url: string | undefined): { date: string; source: DateSource } | undefined {
  const meta = toIsoDate(
    metaContent(doc, 'meta[property="article:published_time"]') ??
      metaContent(doc, 'meta[name="date"]') ??
      metaContent(doc, 'meta[itemprop="datePublished"]'),
  );
  if (meta) return { date: meta, source: 'meta' };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const m = /"datePublished"\s*:\s*"([^"]+)"/.exec(script.textContent ?? '');
    const d = toIsoDate(m?.[1]);
    if (d) return { date: d, source: 'json-ld' };
  }
  const time = toIsoDate(doc.querySelector('time[datetime]')?.getAttribute('datetime'));
  if (time) return { date: time, source: 'time-element' };
  const fromUrl = url ? dateInPath(url) : undefined;
  if (fromUrl) return { date: fromUrl, source: 'url' };
  return undefined;
}
