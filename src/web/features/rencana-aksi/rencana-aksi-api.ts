// Shapes, calls and react-query hooks of action plans (src/server/features/rencana-aksi/*): the year's
// plans, create/update/delete, the Excel export address and import (preview, commit), and each plan's
// latest realisasi (output, budget, workflow status) from the monitoring periods of the year.
import { useMemo } from 'react';
import { useQueries, useQuery } from '@tanstack/react-query';
import type { PeriodCode } from '../../../domain/periods/periods.ts';
import {
  commitRencanaAksiImport,
  createRencanaAksi,
  deleteRencanaAksi,
  exportRencanaAksi,
  listRencanaAksi,
  previewRencanaAksiImport,
  updateRencanaAksi,
  type PlanImportProblem,
  type PlanImportResult,
  type RencanaAksi,
  type RencanaAksiBodyInput,
} from '../../../domain/contracts/rencana-aksi.ts';
import { apiCall, apiUploadCall, downloadUrl } from '../../api/call.ts';
import { monitoringApi, monitoringKeys, usePeriods, type RealisasiStatus } from '../monitoring/monitoring-api.ts';

import { FOKUS_INTERVENSI, type FokusIntervensi } from '../../../domain/rencana-aksi/fokus.ts';

export { type FokusIntervensi };
/** The six fokus intervensi of RB Tematik, in the national order (shared with the server). */
export const FOKUS_CODES = FOKUS_INTERVENSI;

export type { PlanImportProblem, PlanImportResult, RencanaAksi };
/** What the form sends: the contract's body as the form builds it (fokus as a list, or null). */
export type RencanaAksiBody = RencanaAksiBodyInput & { fokusIntervensi: FokusIntervensi[] | null };

export const planKeys = {
  all: ['rencana-aksi'] as const,
  year: (year: number) => ['rencana-aksi', year] as const,
};

function uploadForm(file: File, year: number) {
  const form = new FormData();
  // Text fields first: the server reads the parts in order.
  form.append('year', String(year));
  form.append('file', file);
  return form;
}

export const planApi = {
  list: (year: number, signal?: AbortSignal) => apiCall(listRencanaAksi, { query: { year } }, signal),
  create: (body: RencanaAksiBody) => apiCall(createRencanaAksi, { body }),
  update: (id: string, body: RencanaAksiBody, rowVersion: number) =>
    apiCall(updateRencanaAksi, { params: { id }, body: { ...body, rowVersion } }),
  remove: (id: string) => apiCall(deleteRencanaAksi, { params: { id } }),
  previewImport: (file: File, year: number) => apiUploadCall(previewRencanaAksiImport, {}, uploadForm(file, year)),
  commitImport: (file: File, year: number) => apiUploadCall(commitRencanaAksiImport, {}, uploadForm(file, year)),
};

/** Download address of the year's plans as .xlsx (a plain link: the browser saves the file). */
export const exportHref = (year: number, pdKey?: string) =>
  downloadUrl(exportRencanaAksi, { query: { year, ...(pdKey ? { pdKey } : {}) } });

export function usePlans(year: number) {
  return useQuery({ queryKey: planKeys.year(year), queryFn: ({ signal }) => planApi.list(year, signal) });
}

/** What has been reported on a plan so far: the latest period with a value. */
export interface PlanProgress {
  periodCode: PeriodCode;
  value: number | null;
  /** Output realised against the year's target, in percent (null when the target is 0). */
  percent: number | null;
  status: RealisasiStatus;
  anggaranRealisasi: number | null;
}

/**
 * The latest realisasi of every plan in the year's periods. Values are reported to date (the last
 * period's target is cumulative), so the latest period speaks for the plan.
 */
export function usePlanProgress(year: number, plans: RencanaAksi[] | undefined) {
  const periods = usePeriods(year);
  const list = useMemo(() => periods.data ?? [], [periods.data]);
  const realisasi = useQueries({
    queries: list.map((p) => ({
      queryKey: monitoringKeys.realisasi(p.id),
      queryFn: ({ signal }: { signal: AbortSignal }) => monitoringApi.realisasi(p.id, signal),
    })),
  });
  // Cheap (plans × rows): computed on each render rather than memoised over a changing query list.
  const progress = new Map<string, PlanProgress>();
  const target = new Map((plans ?? []).map((p) => [p.id, p.targetTotal]));
  list.forEach((period, i) => {
    for (const r of realisasi[i]?.data ?? []) {
      if (r.subjectType !== 'rencana_aksi' || !target.has(r.subjectKey)) continue;
      const value = r.value?.kind === 'number' ? r.value.value : null;
      const total = target.get(r.subjectKey)!;
      const previous = progress.get(r.subjectKey);
      progress.set(r.subjectKey, {
        periodCode: period.code,
        value,
        percent: value !== null && total > 0 ? (value / total) * 100 : null,
        status: r.status,
        anggaranRealisasi: r.anggaranRealisasi ?? previous?.anggaranRealisasi ?? null,
      });
    }
  });
  return { progress, periods };
}
