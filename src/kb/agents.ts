// Role nouns (data/agents.yaml): "officials" → GOV, "troops" → MIL, "prime minister" → GOV + office.
import { z } from 'zod';
import type { Issue } from '../core/issue.js';
import { loadListCached } from './cache.js';
import { norm } from './text.js';

export const AgentEntry = z.object({
  noun: z.string(),
  plural: z.string().optional(),
  role: z.string().length(3),
  office: z.string().optional(),
});
export type AgentEntry = z.infer<typeof AgentEntry>;

export interface Agent {
  role: string;
  number: 'sg' | 'pl';
  office?: string;
}

/** Role nouns by their lower-cased form (singular and plural); later files override by noun. */
export function loadAgents(files: readonly string[], issues: Issue[]): Map<string, Agent> {
  const agents = new Map<string, Agent>();
  for (const file of files) {
    const { items, issues: bad } = loadListCached(file, AgentEntry, 'agent', 'agents');
    issues.push(...bad);
    for (const a of items) {
      agents.set(norm(a.noun), { role: a.role, number: 'sg', ...(a.office && { office: a.office }) });
      if (a.plural) agents.set(norm(a.plural), { role: a.role, number: 'pl' });
    }
  }
  return agents;
}
