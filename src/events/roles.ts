import { z } from 'zod';
import { readYamlObject } from '../core/data-file.js';
import type { ActorRef } from '../core/doc.js';
import type { Issue } from '../core/issue.js';
import { dataPath } from '../core/paths.js';

const Side = z.record(z.string(), z.string().length(3).nullable());
const RolesFile = z.object({
  source: Side,
  target: Side,
  self_targeted: z.record(z.string().regex(/^\d{2,4}$/), z.string().length(3).nullable()).default({}),
  implied_target: z.array(z.string().regex(/^\d{2,4}$/)).default([]),
  own_ground: z.array(z.string().regex(/^\d{2,4}$/)).default([]),
  armed_roles: z.array(z.string().length(3)).default([]),
  armed_target_codes: z.record(z.string().regex(/^\d{2,4}$/), z.string().regex(/^\d{2,4}$/)).default({}),
  official_target_codes: z.record(z.string().regex(/^\d{2,4}$/), z.string().regex(/^\d{2,4}$/)).default({}),
  unarmed_roles: z.array(z.string().length(3)).default([]),
  unarmed_source_codes: z.record(z.string().regex(/^\d{2,4}$/), z.string().regex(/^\d{2,4}$/)).default({}),
  official_source_codes: z.record(z.string().regex(/^\d{2,4}$/), z.string().regex(/^\d{2,4}$/)).default({}),
  mass_killing: z
    .object({
      codes: z.array(z.string().regex(/^\d{2,4}$/)),
      victims: z.number().int().positive(),
      code: z.string().regex(/^\d{2,4}$/),
    })
    .optional(),
});

export interface CountryRoles {
  /** The actor with the role a bare country name takes on that side of an event of that root. */
  apply(actor: ActorRef, side: 'source' | 'target', root: string): ActorRef;
  /**
   * For codes whose event, when the text names no target, is aimed at the source's own country: the
   * role that target takes (`null` for the bare country); `undefined` for every other code.
   */
  selfTarget(code: string): string | null | undefined;
  /** Codes whose event on the source's own ground ("an exercise over Rajasthan") has no target. */
  onOwnGround(code: string): boolean;
  /** Codes whose event, when the text names no target, is aimed at the latest other party in the passage. */
  impliesTarget(code: string): boolean;
  /**
   * The code an event takes against this target: a generic attack on armed forces is fighting; an
   * expulsion of government people (diplomats) is a cut in diplomatic relations.
   */
  codeAgainst(code: string, target: ActorRef | null): string;
  /**
   * The code an event takes from this source: a strike by workers is a labour strike, not an air strike;
   * a government's protest is an official complaint.
   */
  codeBy(code: string, source: ActorRef): string;
  /** The code of a killing by its toll: so many victims make it a mass killing (202). */
  codeByToll(code: string, victims: number | null): string;
  issues: Issue[];
}

/** `data/actor-roles.yaml`: the role a bare country name takes, by the event's root. */
export function loadCountryRoles(file = dataPath('actor-roles.yaml')): CountryRoles {
  const { value, issues } = readYamlObject(file, RolesFile);
  return {
    apply(actor, side, root) {
      if (actor.role !== null || !actor.country || !/^[A-Z]{3}$/.test(actor.code)) return actor;
      if (/^(IGO|NGO|IMG)/.test(actor.code)) return actor;
      const table = value?.[side];
      const role = table ? (root in table ? table[root] : table.default) : null;
      return role ? { ...actor, code: actor.code + role, role } : actor;
    },
    selfTarget: (code) => {
      const prefix = Object.keys(value?.self_targeted ?? {})
        .filter((p) => code.startsWith(p))
        .sort((a, b) => b.length - a.length)[0];
      return prefix === undefined ? undefined : value!.self_targeted[prefix]!;
    },
    onOwnGround: (code) => (value?.own_ground ?? []).some((prefix) => code.startsWith(prefix)),
    impliesTarget: (code) => (value?.implied_target ?? []).some((prefix) => code.startsWith(prefix)),
    codeAgainst: (code, target) => {
      const role = target?.role ?? null;
      const armed = role !== null && (value?.armed_roles ?? []).includes(role);
      if (armed) return value?.armed_target_codes[code] || code;
      return (role === 'GOV' && value?.official_target_codes[code]) || code;
    },
    codeBy: (code, source) =>
      (source.role === 'GOV' && value?.official_source_codes[code]) ||
      (source.role !== null &&
        (value?.unarmed_roles ?? []).includes(source.role) &&
        value?.unarmed_source_codes[code]) ||
      code,
    codeByToll: (code, victims) => {
      const mass = value?.mass_killing;
      if (!mass || victims === null || victims < mass.victims) return code;
      return mass.codes.some((prefix) => code.startsWith(prefix)) ? mass.code : code;
    },
    issues,
  };
}
