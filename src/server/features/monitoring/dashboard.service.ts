// The monitoring dashboard of a period: per indicator the target, the value reported, capaian
// (computed, never typed), status and the early warning from the year-end projection; per PD the
// completeness of reporting (not entered, not submitted, returned) and the days to the deadline.
// A PD-scoped reader sees other PDs' indicators without their value, capaian and projection: the
// summary and the completeness stay, as aggregates (docs/security.md, "PD read rules").
import type { Db } from '../../../db/client.ts';
import { averageCapaian, computeCapaian, type CapaianResult } from '../../../domain/capaian/capaian.ts';
import { projectYearEnd } from '../../../domain/capaian/projection.ts';
import { CAPAIAN_STATUSES, statusOf } from '../../../domain/capaian/status.ts';
import type { Dashboard } from '../../../domain/contracts/monitoring.ts';
import { seesPdDetail, type RoleAssignment } from '../../../domain/permissions.ts';
import { INSTANSI_PD_KEY, reportingPdOf } from '../../../domain/monitoring/reporting.ts';
import { indexDocument, tableRows } from '../../../domain/roadmap/locate.ts';
import { firstByKey, groupBy } from '../../../domain/collections.ts';
import * as periodeRepo from './periode.repository.ts';
import * as repo from './realisasi.repository.ts';
import { listRencanaAksiRows } from '../rencana-aksi/rencana-aksi.service.ts';
import { getPeriode, presentPeriode } from './periode.service.ts';
import { periodYearFraction, roadMapForYear } from './monitoring-context.ts';
import { presentRow } from './realisasi.service.ts';

type DashboardIndicator = Dashboard['indicators'][number];

/** For server-side callers that need every PD's figures (reminders): reads as the STU does. */
export const WHOLE_INSTANSI: readonly RoleAssignment[] = [{ role: 'koordinator_stu', pdKey: null }];

/** Another PD's indicator as a PD-scoped reader gets it: what the road map says, not what was reported. */
function redacted(i: DashboardIndicator): DashboardIndicator {
  return { ...i, realisasi: null, capaian: null, projection: null, earlyWarning: null };
}

export async function periodDashboard(
  db: Db,
  roles: readonly RoleAssignment[],
  periodeId: string,
  now: Date = new Date(),
): Promise<Dashboard> {
  const p = await getPeriode(db, periodeId);
  const rm = await roadMapForYear(db, p.instansiId, p.year);
  const doc = rm.document;
  const fraction = periodYearFraction(p);
  const periods = (await periodeRepo.listPeriodes(db, p.instansiId, p.year)).filter(
    (x) => periodYearFraction(x) <= fraction && x.code.startsWith(p.code.slice(0, 1)),
  );
  const rows = (
    await repo.listByPeriode(
      db,
      periods.map((x) => x.id),
    )
  ).filter((r) => r.roadMapId === rm.roadMapId);
  const fractionOf = new Map(periods.map((x) => [x.id, periodYearFraction(x)]));

  // Indicators in Lampiran order, each once (a Set keeps insertion order). Lookups below go through
  // Maps built once: searching the whole list per indicator was quadratic (issue #14).
  const ordered = new Set<string>();
  const ix = indexDocument(doc);
  for (const t of ['tabel1', 'tabel2', 'tabel3'] as const)
    for (const r of tableRows(doc, t, ix)) if (r.indicator) ordered.add(r.indicator.key);
  for (const i of doc.indicators) ordered.add(i.key);
  const indicatorOf = firstByKey(doc.indicators, (i) => i.key);
  const scaleOf = firstByKey(doc.scales, (s) => s.code);
  const rowsOf = groupBy(rows, (r) => (r.subjectType === 'indikator' ? r.subjectKey : null));

  const indicators = [...ordered].map((key) => {
    const ind = indicatorOf.get(key)!;
    const scale = scaleOf.get(ind.scaleCode)!;
    const target = ind.targets.find((t) => t.year === p.year) ?? null;
    const mine = rowsOf.get(key) ?? [];
    const current = mine.find((r) => r.periodeId === p.id) ?? null;
    const value = current ? presentRow(current).value : null;
    const capaian: CapaianResult = computeCapaian({ realisasi: value, target, polarity: ind.polarity, scale });
    const points = mine
      .map((r) => ({ at: fractionOf.get(r.periodeId)!, value: presentRow(r).value }))
      .filter((x): x is { at: number; value: NonNullable<typeof x.value> } => x.value !== null)
      .sort((a, b) => a.at - b.at);
    const projection =
      target && points.length
        ? projectYearEnd({ baseline: ind.baseline, target, polarity: ind.polarity, scale, points })
        : null;
    const status = statusOf({ capaian, isFinalPeriod: fraction === 1, projection });
    return {
      key,
      name: ind.name,
      unit: ind.unit,
      scaleCode: ind.scaleCode,
      polarity: ind.polarity,
      pdKey: reportingPdOf(ind),
      target,
      realisasi: current ? presentRow(current) : null,
      capaian,
      status,
      projection,
      earlyWarning: projection && !projection.meetsTarget ? projection.reason : null,
    };
  });

  const verified = indicators.filter((i) => i.realisasi?.status === 'verified').map((i) => i.capaian);
  const plans = await listRencanaAksiRows(db, { roadMapId: rm.roadMapId, year: p.year });
  const current = rows.filter((r) => r.periodeId === p.id);
  const pdKeys = new Set<string>([
    ...indicators.map((i) => i.pdKey ?? INSTANSI_PD_KEY),
    ...plans.map((r) => r.pelaksanaPdKey),
  ]);
  const presented = presentPeriode(p, now);
  const indicatorsOfPd = groupBy(indicators, (i) => i.pdKey ?? INSTANSI_PD_KEY);
  const plansOfPd = groupBy(plans, (r) => r.pelaksanaPdKey);
  const currentOfPd = groupBy(current, (r) => r.pdKey);
  const pdOf = firstByKey(doc.perangkatDaerah, (x) => x.key);
  const completeness = [...pdKeys].sort().map((pdKey) => {
    const expected = (indicatorsOfPd.get(pdKey)?.length ?? 0) + (plansOfPd.get(pdKey)?.length ?? 0);
    const own = currentOfPd.get(pdKey) ?? [];
    const count = (s: string) => own.filter((r) => r.status === s).length;
    return {
      pdKey,
      pdName: pdKey === INSTANSI_PD_KEY ? 'Tingkat instansi (STU)' : (pdOf.get(pdKey)?.name ?? pdKey),
      expected,
      entered: own.length,
      notEntered: Math.max(0, expected - own.length),
      draft: count('draft'),
      submitted: count('submitted'),
      returned: count('returned'),
      verified: count('verified'),
      daysToDeadline: presented.daysToDeadline,
    };
  });

  return {
    periode: presented,
    versionId: rm.versionId,
    summary: {
      // Averages count verified values only; "tidak dinilai" is excluded, never counted as 0.
      averageVerified: averageCapaian(verified),
      averageAll: averageCapaian(indicators.map((i) => i.capaian)),
      byStatus: Object.fromEntries(
        CAPAIAN_STATUSES.map((s) => [s, indicators.filter((i) => i.status === s).length]),
      ) as Dashboard['summary']['byStatus'],
      earlyWarnings: indicators.filter((i) => i.earlyWarning).length,
    },
    indicators: indicators.map((i) => (seesPdDetail(roles, 'monitoring:read', i.pdKey) ? i : redacted(i))),
    completeness,
  };
}
