// What the signed-in user may do with action plans, from the same permission table the server uses:
// the STU and admins manage every plan, PD staff only the plans their PD implements.
import { can, isPdScopedOnly, ownPdKeys, type Role } from '../../../domain/permissions.ts';
import { useAuth, useCan } from '../auth/auth.tsx';

export interface PlanRights {
  /** May create plans at all (for some PD). */
  canManage: boolean;
  /** The PDs the user may pick as pelaksana; null means any. */
  ownPds: string[] | null;
  /** May edit or delete a plan implemented by this PD. */
  mayEdit(pelaksanaPdKey: string): boolean;
}

export function usePlanRights(): PlanRights {
  const { user } = useAuth();
  const canManage = useCan('rencana_aksi:manage');
  const roles = (user?.roles ?? []).map((r) => ({ role: r.role as Role, pdKey: r.pdKey }));
  return {
    canManage,
    ownPds: user && isPdScopedOnly(roles) ? ownPdKeys(roles) : null,
    // Without accounts (no user) the app runs open, as useCan does.
    mayEdit: (pd) => canManage && (!user || can(roles, 'rencana_aksi:manage', [pd])),
  };
}
