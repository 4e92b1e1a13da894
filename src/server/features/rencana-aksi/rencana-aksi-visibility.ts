// Which action plans a user sees: instansi-wide roles see all; PD staff see the plans their PD
// implements or coordinates (and may change only the ones it implements — the service checks that).
import { isPdScopedOnly, ownPdKeys, type RoleAssignment } from '../../../domain/permissions.ts';

export function visiblePlans<T extends { pelaksanaPdKey: string; koordinatorPdKey: string | null }>(
  roles: readonly RoleAssignment[],
  plans: T[],
): T[] {
  if (!isPdScopedOnly(roles)) return plans;
  const own = ownPdKeys(roles);
  return plans.filter(
    (p) => own.includes(p.pelaksanaPdKey) || (p.koordinatorPdKey !== null && own.includes(p.koordinatorPdKey)),
  );
}
