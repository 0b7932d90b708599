// International organisations, NGOs, armed groups, parties, agencies (data/actors/organisations.yaml).
import { z } from 'zod';
import type { Issue } from '../core/issue.js';
import { loadListCached } from './cache.js';

export const Organisation = z.object({
  code: z.string().regex(/^[A-Z0-9]{3,}$/),
  name: z.string(),
  aliases: z.array(z.string()).default([]),
  /**
   * Countries an armed group fights in: the first of them the article names gives the code's country
   * part ("JNIM" in a story about Burkina Faso is BFAREB), else the code stands as written.
   */
  acts_in: z.array(z.string().regex(/^[A-Z]{3}$/)).default([]),
});
export type Organisation = z.infer<typeof Organisation>;

/** Loads organisations from `files` in order; a later entry with the same code replaces the earlier. */
export function loadOrganisations(files: readonly string[], issues: Issue[]): Map<string, Organisation> {
  const orgs = new Map<string, Organisation>();
  for (const file of files) {
    const { items, issues: bad } = loadListCached(file, Organisation, 'organisation', 'organisations');
    issues.push(...bad);
    for (const o of items) orgs.set(o.code, o);
  }
  return orgs;
}

/**
 * The role an organisation's code carries: a country-based code has it after the country (SDNREB), also
 * when a group segment follows (COLREBFRC, PSEREBISJ).
 */
export const orgRole = (code: string): string | null =>
  /^[A-Z]{6}([A-Z]{3})*$/.test(code) && !/^(IGO|NGO|IMG)/.test(code) ? code.slice(3, 6) : null;
