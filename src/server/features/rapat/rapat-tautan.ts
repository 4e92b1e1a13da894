// What a meeting's decision can be linked to in its year: the governing road map's indicators, the
// year's rencana aksi and the instansi's recommendations. Offered to the form as the reader may see
// them (a PD's staff: the plans and recommendations of their PD), and checked on save against all of
// them, so a link always names something that exists.
import type { Db } from '../../../db/client.ts';
import type { TautanJenis } from '../../../domain/rapat/rapat.ts';
import { WHOLE_INSTANSI } from '../monitoring/dashboard.service.ts';
import { roadMapForYear } from '../monitoring/monitoring-context.ts';
import * as rekomendasi from '../evaluasi/rekomendasi.service.ts';
import * as rencanaAksi from '../rencana-aksi/rencana-aksi.service.ts';
import { visiblePlans } from '../rencana-aksi/rencana-aksi-visibility.ts';
import type { RoleAssignment } from '../../../domain/permissions.ts';

export type TautanOptions = Record<TautanJenis, { id: string; label: string }[]>;

const short = (s: string, n = 120) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export async function tautanOptions(
  db: Db,
  instansiId: string,
  year: number,
  roles: readonly RoleAssignment[] = WHOLE_INSTANSI,
): Promise<TautanOptions> {
  const [rm, plans, recs] = await Promise.all([
    roadMapForYear(db, instansiId, year).catch(() => null),
    rencanaAksi
      .list(db, instansiId, { year })
      .then((plans) => visiblePlans(roles, plans))
      .catch(() => []),
    rekomendasi.list(db, instansiId, roles, {}),
  ]);
  return {
    indikator: (rm?.document.indicators ?? []).map((i) => ({ id: i.key, label: i.name })),
    rencana_aksi: plans.map((p) => ({ id: p.id, label: `${short(p.rincianKegiatan)} (${p.pelaksanaPdKey})` })),
    rekomendasi: recs
      .filter((r) => r.status !== 'closed')
      .map((r) => ({ id: r.id, label: `${r.year}: ${short(r.body)} (${r.pdKey})` })),
  };
}
