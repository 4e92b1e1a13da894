// The evidence an evaluator can record as reviewed on a worksheet line: every file PDs attached to
// the year's realisasi (indicators and action-plan outputs), with what it was attached to, so the
// evaluator picks from what exists instead of uploading the same documents again.
import type { Db } from '../../../db/client.ts';
import { seesPdDetail, type RoleAssignment } from '../../../domain/permissions.ts';
import type { EvidenceCandidate } from '../../../domain/contracts/evaluasi.ts';
import { roadMapForYear } from '../monitoring/monitoring-context.ts';
import { listPeriodesOf } from '../monitoring/periode.service.ts';
import { evidenceOfRealisasi, listRealisasiOfPeriodes } from '../monitoring/realisasi.service.ts';
import { listRencanaAksiRows } from '../rencana-aksi/rencana-aksi.service.ts';

export async function evidenceCandidates(
  db: Db,
  roles: readonly RoleAssignment[],
  instansiId: string,
  year: number,
): Promise<EvidenceCandidate[]> {
  const periods = await listPeriodesOf(db, instansiId, year);
  // PD staff get only their own PD's files (and the instansi-level ones): names and hashes are detail.
  const rows = (
    await listRealisasiOfPeriodes(
      db,
      periods.map((p) => p.id),
    )
  ).filter((r) => seesPdDetail(roles, 'evaluasi:read', r.pdKey));
  if (!rows.length) return [];
  const files = await evidenceOfRealisasi(
    db,
    rows.map((r) => r.id),
  );
  const rm = await roadMapForYear(db, instansiId, year);
  const plans = new Map(
    (await listRencanaAksiRows(db, { roadMapId: rm.roadMapId, year })).map((p) => [p.id, p] as const),
  );
  const indicators = new Map(rm.document.indicators.map((i) => [i.key, i] as const));
  const code = new Map(periods.map((p) => [p.id, p.code] as const));
  const byId = new Map(rows.map((r) => [r.id, r] as const));
  return files.map((f) => {
    const r = byId.get(f.realisasiId)!;
    const ind = r.subjectType === 'indikator' ? indicators.get(r.subjectKey) : undefined;
    const plan = r.subjectType === 'rencana_aksi' ? plans.get(r.subjectKey) : undefined;
    return {
      sha256: f.sha256,
      fileName: f.fileName,
      mime: f.mime,
      subjectType: r.subjectType as 'indikator' | 'rencana_aksi',
      subjectKey: r.subjectKey,
      subjectName: ind?.name ?? (plan ? `${plan.rincianKegiatan} — ${plan.indikatorOutput}` : r.subjectKey),
      nationalIndicatorCode: ind?.nationalIndicatorCode ?? null,
      pdKey: r.pdKey,
      periodCode: code.get(r.periodeId) ?? '',
      status: r.status,
    };
  });
}
