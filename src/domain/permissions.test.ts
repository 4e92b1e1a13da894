import { describe, expect, it } from 'vitest';
import {
  ACTIONS,
  assignmentProblems,
  can,
  canAny,
  isPdScopedOnly,
  isRoutePermission,
  ownPdKeys,
  PERMISSIONS,
  seesPdDetail,
  type RoleAssignment,
} from './permissions.ts';

const stu: RoleAssignment[] = [{ role: 'koordinator_stu', pdKey: null }];
const kepalaBkpsdm: RoleAssignment[] = [{ role: 'kepala_pd', pdKey: 'bkpsdm' }];
const operatorTwoPds: RoleAssignment[] = [
  { role: 'operator_pd', pdKey: 'bkpsdm' },
  { role: 'operator_pd', pdKey: 'bp4d' },
];
const pimpinan: RoleAssignment[] = [{ role: 'pimpinan', pdKey: null }];

describe('permission table', () => {
  it('lets every signed-in role read the road map, and only admin/STU change it', () => {
    for (const a of [stu, kepalaBkpsdm, operatorTwoPds, pimpinan]) expect(can(a, 'roadmap:read')).toBe(true);
    expect(can(stu, 'roadmap:update')).toBe(true);
    expect(can(pimpinan, 'roadmap:update')).toBe(false);
    expect(can(kepalaBkpsdm, 'roadmap:update')).toBe(false);
    expect(can([{ role: 'evaluator_apip', pdKey: null }], 'roadmap:amend')).toBe(false);
  });

  it('keeps pimpinan read-only, as documented: no action but reading, not even comments', () => {
    const allowed = Object.keys(PERMISSIONS).filter((a) => can(pimpinan, a as keyof typeof PERMISSIONS));
    expect(allowed.filter((a) => !a.endsWith(':read'))).toEqual([]);
    expect(can(pimpinan, 'realisasi:comment')).toBe(false);
  });

  it('limits a PD-scoped role to its own PD', () => {
    expect(can(kepalaBkpsdm, 'perangkat_daerah:update', ['bkpsdm'])).toBe(true);
    expect(can(kepalaBkpsdm, 'perangkat_daerah:update', ['bp4d'])).toBe(false);
    expect(canAny(kepalaBkpsdm, 'perangkat_daerah:update')).toBe(true);
    expect(can(stu, 'perangkat_daerah:update', ['bp4d'])).toBe(true);
    expect(can(operatorTwoPds, 'perangkat_daerah:update', ['bkpsdm'])).toBe(false);
  });

  it('knows the PDs a user acts for and whether all roles are PD-scoped', () => {
    expect(ownPdKeys(operatorTwoPds)).toEqual(['bkpsdm', 'bp4d']);
    expect(isPdScopedOnly(operatorTwoPds)).toBe(true);
    expect(isPdScopedOnly([...operatorTwoPds, ...pimpinan])).toBe(false);
    expect(isPdScopedOnly([])).toBe(false);
  });

  it('rejects malformed assignments', () => {
    expect(assignmentProblems([{ role: 'operator_pd', pdKey: null }])).toHaveLength(1);
    expect(assignmentProblems([{ role: 'admin', pdKey: 'bkpsdm' }])).toHaveLength(1);
    expect(assignmentProblems([...stu, ...stu])).toHaveLength(1);
    expect(assignmentProblems(operatorTwoPds)).toEqual([]);
  });

  it('recognises route permission strings', () => {
    for (const a of ACTIONS) expect(isRoutePermission(a)).toBe(true);
    expect(isRoutePermission('public')).toBe(true);
    expect(isRoutePermission('session')).toBe(true);
    expect(isRoutePermission('roadmap:delete')).toBe(false);
    for (const rule of Object.values(PERMISSIONS)) expect(rule.roles.length).toBeGreaterThan(0);
  });

  it('shows a PD-scoped reader its own PD in detail and no other PD', () => {
    expect(seesPdDetail(kepalaBkpsdm, 'monitoring:read', 'bkpsdm')).toBe(true);
    expect(seesPdDetail(kepalaBkpsdm, 'monitoring:read', 'bp4d')).toBe(false);
    expect(seesPdDetail(kepalaBkpsdm, 'evaluasi:read', 'bp4d')).toBe(false);
    // Instansi-level records (no PD, or the STU's pseudo PD) belong to everyone.
    expect(seesPdDetail(kepalaBkpsdm, 'monitoring:read', null)).toBe(true);
    expect(seesPdDetail(kepalaBkpsdm, 'monitoring:read', '_instansi')).toBe(true);
    // The road map is the instansi's: read whole.
    expect(seesPdDetail(kepalaBkpsdm, 'roadmap:read', 'bp4d')).toBe(true);
    expect(seesPdDetail(operatorTwoPds, 'monitoring:read', 'bp4d')).toBe(true);
    expect(seesPdDetail([...operatorTwoPds, ...pimpinan], 'monitoring:read', 'dinkes')).toBe(true);
    expect(seesPdDetail(stu, 'monitoring:read', 'bp4d')).toBe(true);
    expect(seesPdDetail([], 'monitoring:read', null)).toBe(false);
    for (const a of ['monitoring:read', 'evaluasi:read'] as const) expect(PERMISSIONS[a].pdRead).toBe('own_pd');
  });
});
