// What a province or national hub reads of the instansi under it (issue #10, decision 0012): for a
// year and period, per descendant instansi the road map governing the year, its Indeks RB history,
// capaian of the mandatory national indicators and of all indicators (verified values only), early
// warnings and completeness of reporting; and the same for one instansi with its indicators. It
// only reads, through the other features' services, as the STU of that instansi would see it.
import type { Db } from '../../../db/client.ts';
import type { ComparisonRow, PembinaanComparison, PembinaanDetail } from '../../../domain/contracts/pembinaan.ts';
import { descendantsOf } from '../../../domain/instansi/hierarchy.ts';
import {
  capaianSummary,
  indeksSeries,
  periodeToRead,
  reportingTotal,
  type Reporting,
} from '../../../domain/pembinaan/comparison.ts';
import { formatIndicatorValue, formatTarget } from '../../../domain/format/value.ts';
import { todayWita } from '../../../domain/periods/periods.ts';
import type { InstansiKind } from '../../../domain/roadmap/types.ts';
import { AppError, notFound } from '../../errors.ts';
import { listHistory } from '../evaluasi/indeks-history.service.ts';
import { listServerInstansi } from '../instansi/instansi.service.ts';
import { periodDashboard, WHOLE_INSTANSI } from '../monitoring/dashboard.service.ts';
import { roadMapForYear, type PeriodRoadMap } from '../monitoring/monitoring-context.ts';
import { listPeriodesOf } from '../monitoring/periode.service.ts';

type Node = Awaited<ReturnType<typeof listServerInstansi>>[number];
type Query = { year: number; periode?: string | undefined };
type Dashboard = Awaited<ReturnType<typeof periodDashboard>>;

/** The road map governing the year, or null when none does (no road map, or only drafts). */
async function governingOf(db: Db, instansiId: string, year: number): Promise<PeriodRoadMap | null> {
  try {
    return await roadMapForYear(db, instansiId, year);
  } catch (err) {
    if (err instanceof AppError && err.code === 'NO_ACTIVE_ROAD_MAP') return null;
    throw err;
  }
}

const zeroReporting: Reporting = { expected: 0, entered: 0, submitted: 0, verified: 0, returned: 0 };

interface Read {
  row: ComparisonRow;
  rm: PeriodRoadMap | null;
  dashboard: Dashboard | null;
}

async function readInstansi(db: Db, node: Node, depth: number, parentName: string, q: Query, now: Date): Promise<Read> {
  const rm = await governingOf(db, node.id, q.year);
  const periodes = await listPeriodesOf(db, node.id, q.year);
  const periode = rm ? periodeToRead(periodes, q.periode, todayWita(now)) : null;
  const dashboard = periode ? await periodDashboard(db, WHOLE_INSTANSI, periode.id, now) : null;
  const mandatoryKeys = new Set(rm?.document.indicators.filter((i) => i.nationalIndicatorCode).map((i) => i.key));
  const summary = capaianSummary(
    (dashboard?.indicators ?? []).map((i) => ({
      mandatory: mandatoryKeys.has(i.key),
      capaian: i.capaian!,
      verified: i.realisasi?.status === 'verified',
    })),
  );
  const doc = rm?.document;
  const reg = doc?.regulasi.find((r) => r.key === doc.roadMap.regulasiKey);
  const history = await listHistory(db, node.id);
  return {
    rm,
    dashboard,
    row: {
      id: node.id,
      code: node.code,
      name: node.name,
      kind: node.kind as InstansiKind,
      region: node.region,
      depth,
      parentName,
      governing: doc
        ? {
            title: doc.roadMap.title,
            versionLabel: doc.roadMap.versionLabel,
            regulasi: reg ? { type: reg.type, number: reg.number, year: reg.year } : null,
            transition: q.year > doc.roadMap.periodEnd,
          }
        : null,
      periode: periode ? { code: periode.code as 'S1', startDate: periode.startDate, endDate: periode.endDate } : null,
      indeks: indeksSeries(history).map((h) => ({
        year: h.year,
        indeks: h.indeks,
        predikat: h.predikat,
        source: h.source,
      })),
      mandatory: { total: mandatoryKeys.size, capaian: summary.mandatory.capaian },
      capaian: summary.capaian,
      earlyWarnings: dashboard?.summary.earlyWarnings ?? 0,
      reporting: dashboard ? reportingTotal(dashboard.completeness) : zeroReporting,
    },
  };
}

async function descendants(db: Db, rootId: string) {
  return descendantsOf(
    (await listServerInstansi(db)).map((n) => ({ ...n, kind: n.kind as InstansiKind })),
    rootId,
  );
}

export async function comparison(db: Db, rootId: string, q: Query, now = new Date()): Promise<PembinaanComparison> {
  const rows: ComparisonRow[] = [];
  for (const d of await descendants(db, rootId))
    rows.push((await readInstansi(db, d.node, d.depth, d.parentName, q, now)).row);
  const indeksYears = [...new Set(rows.flatMap((r) => r.indeks.map((i) => i.year)))].sort((a, b) => b - a);
  return { year: q.year, indeksYears, rows };
}

/** One instansi under the reader's, read-only; any other code answers 404 as a missing one. */
export async function detail(
  db: Db,
  rootId: string,
  code: string,
  q: Query,
  now = new Date(),
): Promise<PembinaanDetail> {
  const found = (await descendants(db, rootId)).find((d) => d.node.code === code);
  if (!found) throw notFound({ id: 'Instansi binaan', en: 'Instansi under review' }, code);
  const { row, rm, dashboard } = await readInstansi(db, found.node, found.depth, found.parentName, q, now);
  const doc = rm?.document;
  const pdName = new Map(doc?.perangkatDaerah.map((p) => [p.key, p.name]));
  const scaleOf = new Map(doc?.scales.map((s) => [s.code, s]));
  const national = new Set(doc?.indicators.filter((i) => i.nationalIndicatorCode).map((i) => i.key));
  return {
    ...row,
    indicators: (dashboard?.indicators ?? []).map((i) => {
      const scale = scaleOf.get(i.scaleCode);
      const verified = i.realisasi?.status === 'verified' ? i.realisasi : null;
      return {
        key: i.key,
        name: i.name,
        unit: i.unit,
        pdName: i.pdKey ? (pdName.get(i.pdKey) ?? i.pdKey) : 'Tingkat instansi (STU)',
        mandatory: national.has(i.key),
        target: i.target ? formatTarget(i.target, scale, 'id', i.unit) : null,
        value: verified?.value ? formatIndicatorValue(verified.value, scale, 'id') : null,
        realisasiStatus: i.realisasi?.status ?? null,
        // Only a verified value is assessed here: the reviewer reads what the instansi has confirmed.
        capaian: verified
          ? i.capaian!
          : {
              kind: 'tidak_dinilai' as const,
              code: 'NO_REALISASI' as const,
              reason: { id: 'Belum ada realisasi terverifikasi.', en: 'No verified realisasi yet.' },
            },
        status: verified ? i.status : ('tidak_dinilai' as const),
      };
    }),
    reportingByPd: (dashboard?.completeness ?? []).map((c) => ({
      pdName: c.pdName,
      expected: c.expected,
      entered: c.entered,
      submitted: c.submitted,
      verified: c.verified,
      returned: c.returned,
    })),
  };
}
