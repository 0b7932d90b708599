// Line handling shared by the PETRARCH dictionary readers: comments (`#` to the end of a line, XML
// comments `<!-- ... -->` on one or several lines) are removed, and every line keeps its 1-based number
// so a reader can report what it cannot read with file and line.
import { type Issue, issue } from '../core/issue.js';

export interface SourceLine {
  /** 1-based line number in the file. */
  n: number;
  /** The text with comments removed and the right side trimmed (leading tabs kept: actors use them). */
  text: string;
  /** The comment removed from the line, if any (verb patterns keep it as a note). */
  comment?: string;
}

/** Splits a dictionary file into lines without comments; blank lines are kept (verb blocks end at one). */
export function sourceLines(source: string): SourceLine[] {
  const out: SourceLine[] = [];
  let inXml = false;
  source.split(/\r?\n/).forEach((raw, k) => {
    let line = raw;
    // XML comments, possibly spanning lines.
    let kept = '';
    while (line.length) {
      if (inXml) {
        const end = line.indexOf('-->');
        if (end < 0) {
          line = '';
          break;
        }
        line = line.slice(end + 3);
        inXml = false;
      } else {
        const start = line.indexOf('<!--');
        if (start < 0) {
          kept += line;
          break;
        }
        kept += line.slice(0, start);
        line = line.slice(start + 4);
        inXml = true;
      }
    }
    const hash = kept.indexOf('#');
    const comment = hash >= 0 ? kept.slice(hash + 1).trim() : '';
    const text = (hash >= 0 ? kept.slice(0, hash) : kept).trimEnd();
    out.push({ n: k + 1, text, ...(comment && { comment }) });
  });
  return out;
}

/** An issue for a line a reader cannot use. */
export const lineIssue = (file: string, n: number, reason: string): Issue =>
  issue('BAD_DATA', reason, file, n);

/** PETRARCH phrases join words with `_` (consecutive) or spaces: both become single spaces here. */
export const phraseWords = (phrase: string): string[] =>
  phrase
    .replace(/_/g, ' ')
    .trim()
    .split(/\s+/)
    .filter((w) => w.length > 0);

/**
 * Regular noun plurals as PETRARCH forms them: +S, Y → IES, SS → SSES. Only the last word of a
 * phrase takes the plural.
 */
export function regularPlural(words: readonly string[]): string[] {
  const last = words[words.length - 1];
  if (!last) return [...words];
  const lower = last.toLowerCase();
  const plural = /[^aeiou]y$/.test(lower)
    ? `${last.slice(0, -1)}IES`
    : /(ss|sh|ch|x)$/.test(lower)
      ? `${last}ES`
      : `${last}S`;
  return [...words.slice(0, -1), plural];
}
