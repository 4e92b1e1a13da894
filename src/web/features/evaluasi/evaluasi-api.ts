// Calls and react-query hooks of the annual internal evaluation (src/server/features/evaluasi/*):
// the year's worksheet, its lines and evidence, closing, the Indeks RB history, recommendations
// with their follow-up, and the LKE configurations; plus the permission check for its actions.
// Every shape is the contract's (src/domain/contracts/evaluasi.ts, rekomendasi.ts).
import { useQuery } from '@tanstack/react-query';
import * as ev from '../../../domain/contracts/evaluasi.ts';
import * as rk from '../../../domain/contracts/rekomendasi.ts';
import { listRencanaAksi, type RencanaAksi } from '../../../domain/contracts/rencana-aksi.ts';
import type { WorksheetLine } from '../../../domain/contracts/evaluasi.ts';
import type { LkeConfig } from '../../../domain/evaluasi/lke-types.ts';
import type { CriterionAnswer } from '../../../domain/evaluasi/renaksi-grade.ts';
import { can, type Role } from '../../../domain/permissions.ts';
import { apiCall, apiUploadCall, downloadUrl } from '../../api/call.ts';
import { useAuth } from '../auth/auth.tsx';

export type {
  Evaluasi,
  EvaluasiStatus,
  EvaluasiSummary,
  EvidenceCandidate,
  HistoryBody,
  HistoryEntry,
  HistorySource,
  LineBody,
  LineEvidence,
  LineSource,
  LineStatus,
  LineSuggestion,
  LkeConfigRecord,
  Worksheet,
  WorksheetLine,
} from '../../../domain/contracts/evaluasi.ts';
export type {
  FollowUpEvidence,
  Rekomendasi,
  RekomendasiBody,
  TindakLanjut,
} from '../../../domain/contracts/rekomendasi.ts';

/** details of a 409 STALE_WRITE on a line: the line as it is now (the error body's `details`). */
export interface StaleLineDetails {
  current?: { line?: WorksheetLine };
}

/** Next year's action plans as the "carry" picker lists them (the rencana aksi contract's shape). */
export type PlanOption = RencanaAksi;

export const evaluasiKeys = {
  all: ['evaluasi'] as const,
  years: ['evaluasi', 'years'] as const,
  worksheet: (year: number) => ['evaluasi', 'worksheet', year] as const,
  history: ['evaluasi', 'history'] as const,
  rekomendasi: (year: number, overdue: boolean) => ['evaluasi', 'rekomendasi', year, overdue] as const,
  configs: ['evaluasi', 'configs'] as const,
  plans: (year: number) => ['evaluasi', 'plans', year] as const,
  evidenceCandidates: (year: number) => ['evaluasi', 'evidence-candidates', year] as const,
};

const yearOf = (year: number) => ({ params: { year } });
const lineOf = (year: number, code: string) => ({ params: { year, code } });

export const evaluasiApi = {
  years: (signal?: AbortSignal) => apiCall(ev.listEvaluasi, {}, signal),
  start: (year: number) => apiCall(ev.startEvaluasi, { body: { year } }),
  worksheet: (year: number, signal?: AbortSignal) => apiCall(ev.getWorksheet, yearOf(year), signal),
  update: (
    year: number,
    body: { koefisien: number | null; renaksiAnswers: Record<string, CriterionAnswer>; rowVersion: number },
  ) => apiCall(ev.updateEvaluasi, { ...yearOf(year), body }),
  saveLine: (year: number, code: string, body: ev.LineBody) => apiCall(ev.updateLine, { ...lineOf(year, code), body }),
  prefill: (year: number, lineCodes: string[] | null) =>
    apiCall(ev.applyPrefill, { ...yearOf(year), body: { lineCodes } }),
  evidenceCandidates: (year: number, signal?: AbortSignal) => apiCall(ev.listEvidenceCandidates, yearOf(year), signal),
  addLineEvidence: (year: number, code: string, file: { sha256: string; fileName: string }) =>
    apiCall(ev.addLineEvidence, { ...lineOf(year, code), body: file }),
  removeLineEvidence: (year: number, code: string, sha256: string) =>
    apiCall(ev.removeLineEvidence, { params: { year, code, sha256 } }),
  close: (year: number, rowVersion: number) => apiCall(ev.closeEvaluasi, { ...yearOf(year), body: { rowVersion } }),
  reopen: (year: number, reason: string, rowVersion: number) =>
    apiCall(ev.reopenEvaluasi, { ...yearOf(year), body: { reason, rowVersion } }),
  history: (signal?: AbortSignal) => apiCall(ev.listIndeksHistory, {}, signal),
  addHistory: (body: ev.HistoryBody) => apiCall(ev.addIndeksHistory, { body }),
  removeHistory: (id: string) => apiCall(ev.removeIndeksHistory, { params: { id } }),
  rekomendasi: (year: number, overdue: boolean, signal?: AbortSignal) =>
    apiCall(rk.listRekomendasi, { query: { year, ...(overdue ? { overdue: '1' as const } : {}) } }, signal),
  createRekomendasi: (year: number, body: rk.RekomendasiBody) =>
    apiCall(rk.createRekomendasi, { body: { year, ...body } }),
  updateRekomendasi: (id: string, body: rk.RekomendasiBody & { rowVersion: number }) =>
    apiCall(rk.updateRekomendasi, { params: { id }, body }),
  followUp: (id: string, body: string) => apiCall(rk.addTindakLanjut, { params: { id }, body: { body } }),
  uploadFollowUpEvidence: (tindakLanjutId: string, file: File) => {
    const form = new FormData();
    form.append('file', file);
    return apiUploadCall(rk.uploadTindakLanjutEvidence, { params: { id: tindakLanjutId } }, form);
  },
  progress: (id: string, move: 'start' | 'complete', rowVersion: number) =>
    apiCall(rk.progressRekomendasi, { params: { id }, body: { move, rowVersion } }),
  decision: (id: string, move: 'close' | 'reopen', reason: string | null, rowVersion: number) =>
    apiCall(rk.decideRekomendasi, { params: { id }, body: { move, reason, rowVersion } }),
  carry: (id: string, rencanaAksiId: string, rowVersion: number) =>
    apiCall(rk.carryRekomendasi, { params: { id }, body: { rencanaAksiId, rowVersion } }),
  plans: (year: number, signal?: AbortSignal) => apiCall(listRencanaAksi, { query: { year } }, signal),
  configs: (signal?: AbortSignal) => apiCall(ev.listLkeConfigs, {}, signal),
  cloneConfig: (id: string, year: number, label: string) =>
    apiCall(ev.cloneLkeConfig, { params: { id }, body: { year, label } }),
  updateConfig: (id: string, definition: LkeConfig, rowVersion: number) =>
    apiCall(ev.updateLkeConfig, { params: { id }, body: { definition, rowVersion } }),
};

export const reportHref = (year: number, kind: 'xlsx' | 'pdf') =>
  downloadUrl(kind === 'xlsx' ? ev.evaluasiReportXlsx : ev.evaluasiReportPdf, yearOf(year));

export function useEvaluasiYears() {
  return useQuery({ queryKey: evaluasiKeys.years, queryFn: ({ signal }) => evaluasiApi.years(signal) });
}

export function useWorksheet(year: number, enabled = true) {
  return useQuery({
    queryKey: evaluasiKeys.worksheet(year),
    queryFn: ({ signal }) => evaluasiApi.worksheet(year, signal),
    enabled,
    staleTime: 0,
    // A year without a worksheet answers 404: that is a state of the page, not a failure to retry.
    retry: false,
  });
}

export function useIndeksHistory() {
  return useQuery({ queryKey: evaluasiKeys.history, queryFn: ({ signal }) => evaluasiApi.history(signal) });
}

export function useRekomendasi(year: number, overdue: boolean, enabled: boolean) {
  return useQuery({
    queryKey: evaluasiKeys.rekomendasi(year, overdue),
    queryFn: ({ signal }) => evaluasiApi.rekomendasi(year, overdue, signal),
    enabled,
    staleTime: 0,
  });
}

export function useNextYearPlans(year: number, enabled: boolean) {
  return useQuery({
    queryKey: evaluasiKeys.plans(year),
    queryFn: ({ signal }) => evaluasiApi.plans(year, signal),
    enabled,
  });
}

export function useLkeConfigs() {
  return useQuery({ queryKey: evaluasiKeys.configs, queryFn: ({ signal }) => evaluasiApi.configs(signal) });
}

/** Whether the user may follow up a recommendation addressed to this PD (own PD for PD staff). */
export function useCanFollowUp(): (pdKey: string) => boolean {
  const { user, accounts } = useAuth();
  return (pdKey) => {
    if (!accounts) return true;
    if (!user) return false;
    const roles = user.roles.map((r) => ({ role: r.role as Role, pdKey: r.pdKey }));
    return can(roles, 'rekomendasi:follow_up', [pdKey]);
  };
}
