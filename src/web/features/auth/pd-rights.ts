// What the signed-in user may do through a PD-scoped action, from the same permission table the
// server uses: instansi-wide roles act for every PD, PD staff only for their own.
import { can, isPdScopedOnly, ownPdKeys, type Action, type Role } from '../../../domain/permissions.ts';
import { useAuth, useCan } from './auth.tsx';

export interface PdRights {
  /** May act at all (for some PD). */
  canManage: boolean;
  /** The PDs the user may pick; null means any. */
  ownPds: string[] | null;
  /** May act on a record of this PD. */
  mayEdit(pdKey: string): boolean;
}

export function usePdRights(action: Action): PdRights {
  const { user } = useAuth();
  const canManage = useCan(action);
  const roles = (user?.roles ?? []).map((r) => ({ role: r.role as Role, pdKey: r.pdKey }));
  return {
    canManage,
    ownPds: user && isPdScopedOnly(roles) ? ownPdKeys(roles) : null,
    // Without accounts (no user) the app runs open, as useCan does.
    mayEdit: (pd) => canManage && (!user || can(roles, action, [pd])),
  };
}
