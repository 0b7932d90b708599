// Plain text: optional front matter between `---` lines gives title, date/published, source, url, id;
// the publication date otherwise comes from --date or a date in the file name.
import { basename } from 'node:path';
import { issue } from '../../core/issue.js';
import { accept } from '../accept.js';
import { dateInPath, toIsoDate } from '../dates.js';
import type { DateSource, Reader, ReadItem, ReadOptions, Source } from '../types.js';
import { wholeText } from './whole.js';

export const textReader: Reader = {
  name: 'text',
  detect: () => true,
  read: readText,
};

async function* readText(source: Source, options: ReadOptions): AsyncGenerator<ReadItem> {
  const got = await wholeText(source, options);
  if (typeof got !== 'string') {
    yield got;
    return;
  }
  yield textItem(source.path, got, options);
}

export function textItem(path: string, raw: string, options: ReadOptions): ReadItem {
  let body = raw;
  const meta: Record<string, string> = {};
  const fm = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(raw);
  if (fm) {
    for (const line of fm[1]!.split(/\r?\n/)) {
      const m = /^(\w+):\s*(.*)$/.exec(line);
      if (m) meta[m[1]!.toLowerCase()] = m[2]!.trim().replace(/^["']|["']$/g, '');
    }
    body = raw.slice(fm[0].length);
  }
  let published: string | undefined;
  let dateSource: DateSource = 'front-matter';
  const given = meta.published ?? meta.date;
  if (given !== undefined) {
    published = toIsoDate(given);
    if (!published)
      return { issue: issue('BAD_DATE', `front-matter date "${given.slice(0, 40)}" is not a date`, path) };
  } else if (options.date) {
    published = options.date;
    dateSource = 'option';
  } else {
    published = dateInPath(basename(path));
    dateSource = 'file-name';
  }
  if (!published)
    return {
      issue: issue(
        'BAD_DATE',
        'no publication date (give --date, a front-matter date, or a date in the file name)',
        path,
      ),
    };
  const name = basename(path).replace(/\.gz$/i, '');
  return accept(
    {
      id: meta.id ?? name.replace(/\.[^.]*$/, ''),
      text: body.replace(/\r\n?/g, '\n').trim(),
      published,
      ...(meta.title && { title: meta.title }),
      ...(meta.url && { url: meta.url }),
      ...(meta.source && { source: meta.source }),
    },
    path,
    undefined,
    dateSource,
    options,
  );
}
