// State and checks of the "new road map period" form: defaults follow the road map being viewed
// (the next five years, its indicators offered for carrying over); the period rules are the
// domain's (periodProblems), so the form says what the server would refuse before it is sent.
import type { NewPeriodBody, RoadMapSummary } from '../../../domain/contracts/roadmap.ts';
import { MAX_PERIOD_YEARS, periodProblems } from '../../../domain/roadmap/new-period.ts';
import type { RoadMapDocument } from '../../../domain/roadmap/types.ts';

export interface NewPeriodForm {
  title: string;
  periodStart: string;
  periodEnd: string;
  versionLabel: string;
  catalogue: boolean;
  carry: string[];
}

/** The next period after the latest road map, titled like the viewed one with the new years. */
export function initialNewPeriodForm(doc: RoadMapDocument, maps: readonly RoadMapSummary[]): NewPeriodForm {
  const lastEnd = Math.max(doc.roadMap.periodEnd, ...maps.map((m) => m.periodEnd));
  const start = lastEnd + 1;
  const end = start + MAX_PERIOD_YEARS - 1;
  const years = `${doc.roadMap.periodStart}–${doc.roadMap.periodEnd}`;
  const title = doc.roadMap.title.includes(years)
    ? doc.roadMap.title.replace(years, `${start}–${end}`)
    : `Road Map Reformasi Birokrasi ${doc.instansi.name} ${start}–${end}`;
  return {
    title,
    periodStart: String(start),
    periodEnd: String(end),
    versionLabel: `Rancangan ${start}–${end}`,
    catalogue: true,
    carry: [],
  };
}

const yearOf = (s: string) => (/^\d{4}$/.test(s.trim()) ? Number(s.trim()) : null);

/** Field errors by field name (Indonesian messages from the domain rule where it has one). */
export function newPeriodErrors(f: NewPeriodForm, maps: readonly RoadMapSummary[]): Record<string, string> {
  const out: Record<string, string> = {};
  if (!f.title.trim()) out.title = 'Judul wajib diisi.';
  if (!f.versionLabel.trim()) out.versionLabel = 'Label versi wajib diisi.';
  const start = yearOf(f.periodStart);
  const end = yearOf(f.periodEnd);
  if (start === null) out.periodStart = 'Tulis tahun empat angka, mis. 2025.';
  if (end === null) out.periodEnd = 'Tulis tahun empat angka, mis. 2029.';
  if (start !== null && end !== null) {
    for (const p of periodProblems({ periodStart: start, periodEnd: end }, maps)) out[p.field] ??= p.message;
  }
  return out;
}

export function newPeriodBodyOf(f: NewPeriodForm, fromVersionId: string): NewPeriodBody {
  return {
    title: f.title.trim(),
    periodStart: Number(f.periodStart),
    periodEnd: Number(f.periodEnd),
    versionLabel: f.versionLabel.trim(),
    catalogue: f.catalogue,
    ...(f.carry.length ? { carryFromVersionId: fromVersionId, carryIndicatorKeys: f.carry } : {}),
  };
}
