// Who drafts and who reads a progress report: the STU every report, and alone the instansi's; a
// pokja's report also its ketua (the account linked in the structure); a PD's report also that PD's
// staff. A PD-scoped reader reads its PD's report and the reports of a pokja it leads; instansi-wide
// readers read all.
import type { Db, Tx } from '../../../db/client.ts';
import { can, isPdScopedOnly, type RoleAssignment } from '../../../domain/permissions.ts';
import { isStu, mayManageRapat, type RapatActor } from '../rapat/rapat-rights.ts';
import type { Scope } from './laporan-data.ts';

export async function mayManageLaporan(db: Db | Tx, actor: RapatActor, s: Scope): Promise<boolean> {
  if (isStu(actor.roles)) return true;
  if (s.jenis === 'instansi') return false;
  if (s.jenis === 'pokja')
    return !!s.pokjaId && mayManageRapat(db, actor, { jenis: 'pokja', pokjaId: s.pokjaId, pdKey: null });
  const staff = actor.roles.some((r) => r.role === 'operator_pd' || r.role === 'kepala_pd');
  return staff && !!s.pdKey && can(actor.roles, 'laporan:manage', [s.pdKey]);
}

export async function seesLaporan(db: Db | Tx, actor: RapatActor, s: Scope): Promise<boolean> {
  if (!isPdScopedOnly(actor.roles as RoleAssignment[])) return true;
  return mayManageLaporan(db, actor, s);
}
