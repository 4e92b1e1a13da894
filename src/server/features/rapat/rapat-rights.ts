// Who manages a meeting, and who reads it: the STU every meeting; a pokja meeting also the pokja's
// ketua, by the account linked to the ketua in the year's structure; a PD-internal meeting the staff
// of that PD. A PD's internal meetings are read by that PD (and instansi-wide readers) only.
import type { Db, Tx } from '../../../db/client.ts';
import { can, seesPdDetail, type RoleAssignment } from '../../../domain/permissions.ts';
import { findOrang, findPokja } from '../stu/stu.service.ts';

export interface RapatActor {
  roles: readonly RoleAssignment[];
  userId: string | null;
}

export const isStu = (roles: readonly RoleAssignment[]) => roles.some((r) => r.role === 'koordinator_stu');

export async function mayManageRapat(
  db: Db | Tx,
  actor: RapatActor,
  r: { jenis: string; pokjaId: string | null; pdKey: string | null },
): Promise<boolean> {
  if (isStu(actor.roles)) return true;
  if (!actor.roles.some((a) => a.role === 'operator_pd' || a.role === 'kepala_pd')) return false;
  if (r.jenis === 'internal_pd') return !!r.pdKey && can(actor.roles, 'rapat:manage', [r.pdKey]);
  if (r.jenis === 'pokja' && r.pokjaId && actor.userId) {
    const p = await findPokja(db, r.pokjaId);
    if (!p?.ketuaId) return false;
    const [ketua] = await findOrang(db, [p.ketuaId]);
    return ketua?.userId === actor.userId;
  }
  return false;
}

/** A follow-up's owner is its owner PD's staff; one without an owner PD belongs to the meeting's manager. */
export const ownsFollowUp = (roles: readonly RoleAssignment[], k: { pemilikPdKey: string | null }, manager: boolean) =>
  k.pemilikPdKey ? can(roles, 'rapat:manage', [k.pemilikPdKey]) : manager;

export const seesRapat = (roles: readonly RoleAssignment[], r: { jenis: string; pdKey: string | null }) =>
  seesPdDetail(roles, 'rapat:read', r.jenis === 'internal_pd' ? r.pdKey : null);
