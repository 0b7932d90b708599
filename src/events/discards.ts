import { z } from 'zod';
import { readYamlObject } from '../core/data-file.js';
import type { Issue } from '../core/issue.js';
import { dataPath } from '../core/paths.js';

const DiscardFile = z.object({
  contexts: z.array(
    z.object({
      id: z.string(),
      reason: z.string().optional(),
      phrases: z.array(z.string()).min(1),
    }),
  ),
});

export interface Discards {
  /** The context a sentence belongs to when it borrows political verbs (sports, markets, weather), or null. */
  contextOf(sentence: string): { id: string; phrase: string; reason: string } | null;
  issues: Issue[];
}

/** Contexts from `data/discards.yaml`: a phrase found as whole words marks the sentence. */
export function loadDiscards(file = dataPath('discards.yaml')): Discards {
  const { value, issues } = readYamlObject(file, DiscardFile);
  const rules = (value?.contexts ?? []).flatMap((c) =>
    c.phrases.map((phrase) => ({
      id: c.id,
      phrase,
      reason: c.reason ?? c.id,
      re: new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(phrase)}($|[^\\p{L}\\p{N}])`, 'iu'),
    })),
  );
  // One pass over the sentence tells whether any phrase is there (most sentences have none); only then
  // are the phrases tried in order, so the first context listed wins as before.
  const any = rules.length
    ? new RegExp(
        `(^|[^\\p{L}\\p{N}])(?:${rules.map((r) => escapeRegExp(r.phrase)).join('|')})($|[^\\p{L}\\p{N}])`,
        'iu',
      )
    : null;
  return {
    contextOf(sentence) {
      if (!any?.test(sentence)) return null;
      for (const r of rules) if (r.re.test(sentence)) return { id: r.id, phrase: r.phrase, reason: r.reason };
      return null;
    },
    issues,
  };
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
