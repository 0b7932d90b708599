import { describe, expect, it } from 'vitest';
import type { ActorRef } from '../core/doc.js';
import { loadCountryRoles } from './roles.js';

const roles = loadCountryRoles();
const actor = (code: string, role: string | null = null): ActorRef => ({
  code,
  country: code.slice(0, 3),
  role,
  name: null,
});

describe('data/actor-roles.yaml', () => {
  it('loads without issues', () => expect(roles.issues).toEqual([]));

  it.each([
    // A bare country takes the role its side plays in the event's root.
    ['source', 'UKR', '02', 'UKRGOV'],
    ['source', 'RUS', '19', 'RUSMIL'],
    ['target', 'UKR', '19', 'UKR'],
    ['target', 'UKR', '04', 'UKRGOV'],
    ['source', 'IGOUNO', '11', 'IGOUNO'],
  ] as const)('%s %s in root %s → %s', (side, code, root, expected) => {
    expect(roles.apply(actor(code), side, root).code).toBe(expected);
  });

  it.each([
    ['180', actor('COLREBFRC', 'REB'), '190'],
    ['180', actor('SDNMIL', 'MIL'), '190'],
    ['180', actor('SDNCVL', 'CVL'), '180'],
    ['180', null, '180'],
    ['195', actor('SDNMIL', 'MIL'), '195'],
    ['174', actor('LTUGOV', 'GOV'), '161'],
    ['174', actor('LTUCVL', 'CVL'), '174'],
  ])('an attack coded %s on %o is %s', (code, target, expected) => {
    expect(roles.codeAgainst(code, target)).toBe(expected);
  });

  it.each([
    ['195', actor('FRALAB', 'LAB'), '143'],
    ['195', actor('ISRMIL', 'MIL'), '195'],
    ['195', actor('ISR'), '195'],
    ['140', actor('KORGOV', 'GOV'), '114'],
    ['140', actor('KORCVL', 'CVL'), '140'],
  ])('a strike coded %s by %o is %s', (code, source, expected) => {
    expect(roles.codeBy(code, source)).toBe(expected);
  });

  it('aims yielding with no target at the own country, and protest at its government', () => {
    expect(roles.selfTarget('0833')).toBeNull();
    expect(roles.selfTarget('1411')).toBe('GOV');
    expect(roles.selfTarget('042')).toBeUndefined();
  });
});
