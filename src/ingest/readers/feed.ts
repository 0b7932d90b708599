// RSS 2.0 and Atom feeds (fast-xml-parser): one article per item/entry, its text from
// content:encoded / content / description / summary with the HTML stripped.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseHTML } from 'linkedom';
import { issue } from '../../core/issue.js';
import { accept } from '../accept.js';
import { dateInPath, toIsoDate } from '../dates.js';
import type { DateSource, Reader, ReadItem, ReadOptions, Source } from '../types.js';
import { paragraphs } from './html.js';
import { wholeText } from './whole.js';

export const feedReader: Reader = {
  name: 'feed',
  detect: (s) =>
    /\.(rss|atom)$/i.test(s.name) ||
    (/\.xml$/i.test(s.name) && /<(rss|feed)[\s>]/.test(s.head.toString('latin1'))) ||
    /^\s*(<\?xml[^>]*>\s*)?<(rss|feed)[\s>]/.test(s.head.toString('latin1', 0, 1024)),
  read: readFeed,
};

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  processEntities: true,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

const asText = (v: unknown): string | undefined => {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (v && typeof v === 'object' && '#text' in v) return asText((v as Record<string, unknown>)['#text']);
  return undefined;
};

const stripHtml = (s: string): string =>
  /<[a-z!/]/i.test(s)
    ? paragraphs(
        parseHTML(`<html><body>${s.replace(/<\/p>|<br\s*\/?>/gi, '$&\n\n')}</body></html>`).document.body
          ?.textContent ?? '',
      )
    : paragraphs(s);

async function* readFeed(source: Source, options: ReadOptions): AsyncGenerator<ReadItem> {
  const path = source.path;
  const got = await wholeText(source, options);
  if (typeof got !== 'string') {
    yield got;
    return;
  }
  const valid = XMLValidator.validate(got);
  if (valid !== true) {
    yield { issue: issue('UNREADABLE', `malformed XML (${valid.err.msg})`, path, valid.err.line) };
    return;
  }
  let xml: Record<string, unknown>;
  try {
    xml = parser.parse(got) as Record<string, unknown>;
  } catch (err) {
    yield { issue: issue('UNREADABLE', `malformed XML (${(err as Error).message})`, path) };
    return;
  }
  const rss = (xml.rss as Record<string, unknown> | undefined)?.channel as
    | Record<string, unknown>
    | undefined;
  const atom = xml.feed as Record<string, unknown> | undefined;
  const entries = (rss?.item ?? atom?.entry) as Record<string, unknown>[] | undefined;
  const feedTitle = asText(rss?.title ?? atom?.title);
  if (!entries?.length) {
    yield { issue: issue('EMPTY_INPUT', 'feed has no items', path) };
    return;
  }
  for (const [i, e] of entries.entries()) yield entryItem(e, i + 1, path, feedTitle, options);
}

function entryItem(
  e: Record<string, unknown>,
  n: number,
  path: string,
  feedTitle: string | undefined,
  options: ReadOptions,
): ReadItem {
  const where = `${path}#${n}`;
  const links = (e.link as unknown[] | undefined) ?? [];
  const url =
    links
      .map((l) => (typeof l === 'object' && l ? asText((l as Record<string, unknown>)['@href']) : asText(l)))
      .find(Boolean) ?? undefined;
  const body = asText(e['content:encoded'] ?? e.content ?? e.description ?? e.summary);
  const title = asText(e.title)?.trim();
  let dateSource: DateSource = 'field';
  let published = toIsoDate(asText(e.pubDate ?? e.published ?? e.updated ?? e['dc:date']));
  if (!published && url) [published, dateSource] = [dateInPath(url), 'url'];
  if (!published && options.date) [published, dateSource] = [options.date, 'option'];
  if (!published) return { issue: issue('BAD_DATE', `item ${n} has no publication date`, path) };
  const id = asText(e.guid ?? e.id) ?? url ?? `${path}#${n}`;
  return accept(
    {
      id: id.trim(),
      text: body ? stripHtml(body) : '',
      published,
      ...(title && { title }),
      ...(url && { url }),
      ...(feedTitle && { source: feedTitle.trim() }),
    },
    where,
    undefined,
    dateSource,
    options,
  );
}
