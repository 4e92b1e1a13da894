// What the signed-in user may do with action plans: the STU and admins manage every plan, PD staff
// only the plans their PD implements (the permission table, through usePdRights).
import { usePdRights, type PdRights } from '../auth/pd-rights.ts';

export type PlanRights = PdRights;

export function usePlanRights(): PlanRights {
  return usePdRights('rencana_aksi:manage');
}
