// The last checks every reader applies to an article it built: some text, and English unless asked not to.
import type { Article } from '../core/article.js';
import { issue } from '../core/issue.js';
import { guessEnglish } from './language.js';
import type { DateSource, ReadItem, ReadOptions } from './types.js';

export function accept(
  article: Article,
  where: string,
  line: number | undefined,
  dateSource: DateSource,
  options: ReadOptions,
): ReadItem {
  if (article.text.trim() === '') return { issue: issue('EMPTY_INPUT', 'no article text', where, line) };
  if (!options.anyLanguage) {
    const lang = guessEnglish(article.text);
    if (!lang.english)
      return {
        issue: issue(
          'NOT_ENGLISH',
          `skipped: not English (${Math.round(lang.ratio * 100)}% English function words)`,
          where,
          line,
        ),
      };
    article.language ??= 'en';
  }
  return { article, where, ...(line !== undefined && { line }), dateSource };
}
