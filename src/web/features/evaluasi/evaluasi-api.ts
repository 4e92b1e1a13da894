// Shapes, calls and react-query hooks of the annual internal evaluation (src/server/features/evaluasi/*):
// the year's worksheet, its lines and evidence, closing, the Indeks RB history, recommendations
// with their follow-up, and the LKE configurations; plus the permission check for its actions.
import { useQuery } from '@tanstack/react-query';
import type { LkeConfig, LkeRaw } from '../../../domain/evaluasi/lke-types.ts';
import type { LkeResult } from '../../../domain/evaluasi/lke-score.ts';
import type { NextPredikatStep, PointsAvailable } from '../../../domain/evaluasi/lke-priorities.ts';
import type { LkeConfigFinding } from '../../../domain/evaluasi/lke-validate.ts';
import type { PredikatBand } from '../../../domain/evaluasi/lke-types.ts';
import type { CriterionAnswer, RenaksiScore } from '../../../domain/evaluasi/renaksi-grade.ts';
import type { RekomendasiStatus } from '../../../domain/evaluasi/rekomendasi.ts';
import { can, type Role } from '../../../domain/permissions.ts';
import { apiGet, apiSend, apiUpload } from '../../api/client.ts';
import { useAuth } from '../auth/auth.tsx';

export type EvaluasiStatus = 'open' | 'closed';
export type LineSource = 'manual' | 'realisasi' | 'renaksi';
export type LineStatus = 'draft' | 'final';

export interface Evaluasi {
  id: string;
  year: number;
  configId: string;
  status: EvaluasiStatus;
  koefisien: number | null;
  renaksiAnswers: Record<string, CriterionAnswer>;
  closedAt: string | null;
  closedBy: string | null;
  rowVersion: number;
}

export interface EvaluasiSummary extends Evaluasi {
  configLabel: string;
  indeks: number;
  predikat: string | null;
  missing: number;
}

export interface WorksheetLine {
  lineCode: string;
  raw: LkeRaw;
  applicable: boolean | null;
  source: LineSource;
  sourceDocument: string | null;
  notes: string;
  status: LineStatus;
  updatedBy: string;
  updatedAt: string;
  rowVersion: number;
}

export interface LineEvidence {
  lineCode: string;
  sha256: string;
  fileName: string;
  addedBy: string;
  createdAt: string;
  mime: string;
  sizeBytes: number;
}

export interface LineSuggestion {
  lineCode: string;
  raw: LkeRaw;
  origin:
    | { kind: 'realisasi'; indicatorKey: string; indicatorName: string; periodCode: string; realisasiId: string }
    | { kind: 'renaksi_implementation'; plans: number; withVerifiedOutput: number };
  evidence: { sha256: string; fileName: string }[];
  problem?: string;
}

export type RenaksiSuggestions = Partial<Record<string, { percent: number; detail: string }>>;

export interface Worksheet {
  evaluasi: Evaluasi;
  config: { id: string; year: number; label: string; definition: LkeConfig };
  configFromEarlierYear: boolean;
  lines: WorksheetLine[];
  evidence: LineEvidence[];
  result: LkeResult;
  bounds: { min: number; max: number };
  priorities: {
    points: PointsAvailable[];
    next: { target: PredikatBand | null; steps: NextPredikatStep[] };
  };
  renaksi: { lineCode: string; score: RenaksiScore } | null;
  suggestions: { lines: LineSuggestion[]; renaksi: RenaksiSuggestions; note: string | null };
}

export interface LineBody {
  raw: LkeRaw;
  applicable: boolean | null;
  sourceDocument: string | null;
  notes: string;
  status: LineStatus;
  rowVersion: number;
}

/** details of a 409 STALE_WRITE on a line: the line as it is now. */
export interface StaleLineDetails {
  current?: { line?: WorksheetLine };
}

export type HistorySource = 'regulasi' | 'nasional' | 'internal';

export interface HistoryEntry {
  id: string;
  year: number;
  source: HistorySource;
  indeks: number;
  predikat: string;
  rbGeneral: number | null;
  rbTematik: number | null;
  note: string;
}

export interface HistoryBody {
  year: number;
  source: 'regulasi' | 'nasional';
  indeks: number;
  predikat: string | null;
  note: string;
}

export interface FollowUpEvidence {
  sha256: string;
  fileName: string;
  uploadedBy: string;
  mime: string;
  sizeBytes: number;
}

export interface TindakLanjut {
  id: string;
  /** 'action' is a note by the PD; the others record a status move. */
  kind: 'action' | 'start' | 'complete' | 'close' | 'reopen';
  body: string;
  createdBy: string;
  createdAt: string;
  evidence: FollowUpEvidence[];
}

export interface Rekomendasi {
  id: string;
  evaluasiId: string;
  year: number;
  lineCode: string | null;
  body: string;
  pdKey: string;
  dueDate: string;
  status: RekomendasiStatus;
  overdue: boolean;
  rencanaAksiId: string | null;
  createdBy: string;
  createdAt: string;
  rowVersion: number;
  tindakLanjut: TindakLanjut[];
}

export interface RekomendasiBody {
  lineCode: string | null;
  body: string;
  pdKey: string;
  dueDate: string;
}

export interface LkeConfigRecord {
  id: string;
  year: number;
  instansiKind: string;
  label: string;
  definition: LkeConfig;
  clonedFromId: string | null;
  rowVersion: number;
  usedBy: { year: number; status: EvaluasiStatus }[];
  locked: boolean;
  findings: LkeConfigFinding[];
}

/** The few fields of next year's action plans that the "carry" picker shows. */
export interface PlanOption {
  id: string;
  year: number;
  rincianKegiatan: string;
  indikatorOutput: string;
  pelaksanaPdKey: string;
}

const enc = encodeURIComponent;

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

/** A file PDs attached to this year's realisasi, offered as evidence for a worksheet line. */
export interface EvidenceCandidate {
  sha256: string;
  fileName: string;
  mime: string;
  subjectType: 'indikator' | 'rencana_aksi';
  subjectKey: string;
  subjectName: string;
  nationalIndicatorCode: string | null;
  pdKey: string;
  periodCode: string;
  status: string;
}

export const evaluasiApi = {
  years: (signal?: AbortSignal) => apiGet<EvaluasiSummary[]>('/api/evaluasi', signal),
  start: (year: number) => apiSend<Evaluasi>('POST', '/api/evaluasi', { year }),
  worksheet: (year: number, signal?: AbortSignal) => apiGet<Worksheet>(`/api/evaluasi/${year}`, signal),
  update: (
    year: number,
    body: { koefisien: number | null; renaksiAnswers: Record<string, CriterionAnswer>; rowVersion: number },
  ) => apiSend<Evaluasi>('PUT', `/api/evaluasi/${year}`, body),
  saveLine: (year: number, code: string, body: LineBody) =>
    apiSend<WorksheetLine>('PUT', `/api/evaluasi/${year}/lines/${enc(code)}`, body),
  prefill: (year: number, lineCodes: string[] | null) =>
    apiSend<{ applied: string[] }>('POST', `/api/evaluasi/${year}/prefill`, { lineCodes }),
  evidenceCandidates: (year: number, signal?: AbortSignal) =>
    apiGet<EvidenceCandidate[]>(`/api/evaluasi/${year}/evidence-candidates`, signal),
  addLineEvidence: (year: number, code: string, file: { sha256: string; fileName: string }) =>
    apiSend<unknown>('POST', `/api/evaluasi/${year}/lines/${enc(code)}/evidence`, file),
  removeLineEvidence: (year: number, code: string, sha256: string) =>
    apiSend<unknown>('DELETE', `/api/evaluasi/${year}/lines/${enc(code)}/evidence/${enc(sha256)}`),
  close: (year: number, rowVersion: number) => apiSend<Evaluasi>('POST', `/api/evaluasi/${year}/close`, { rowVersion }),
  reopen: (year: number, reason: string, rowVersion: number) =>
    apiSend<Evaluasi>('POST', `/api/evaluasi/${year}/reopen`, { reason, rowVersion }),
  history: (signal?: AbortSignal) => apiGet<HistoryEntry[]>('/api/indeks-history', signal),
  addHistory: (body: HistoryBody) => apiSend<HistoryEntry>('POST', '/api/indeks-history', body),
  removeHistory: (id: string) => apiSend<unknown>('DELETE', `/api/indeks-history/${enc(id)}`),
  rekomendasi: (year: number, overdue: boolean, signal?: AbortSignal) =>
    apiGet<Rekomendasi[]>(`/api/rekomendasi?year=${year}${overdue ? '&overdue=1' : ''}`, signal),
  createRekomendasi: (year: number, body: RekomendasiBody) =>
    apiSend<Rekomendasi>('POST', '/api/rekomendasi', { year, ...body }),
  updateRekomendasi: (id: string, body: RekomendasiBody & { rowVersion: number }) =>
    apiSend<Rekomendasi>('PUT', `/api/rekomendasi/${enc(id)}`, body),
  followUp: (id: string, body: string) =>
    apiSend<{ id: string }>('POST', `/api/rekomendasi/${enc(id)}/tindak-lanjut`, { body }),
  uploadFollowUpEvidence: (tindakLanjutId: string, file: File) => {
    const form = new FormData();
    form.append('file', file);
    return apiUpload<{ sha256: string }>(`/api/tindak-lanjut/${enc(tindakLanjutId)}/evidence`, form);
  },
  progress: (id: string, move: 'start' | 'complete', rowVersion: number) =>
    apiSend<Rekomendasi>('POST', `/api/rekomendasi/${enc(id)}/progress`, { move, rowVersion }),
  decision: (id: string, move: 'close' | 'reopen', reason: string | null, rowVersion: number) =>
    apiSend<Rekomendasi>('POST', `/api/rekomendasi/${enc(id)}/decision`, { move, reason, rowVersion }),
  carry: (id: string, rencanaAksiId: string, rowVersion: number) =>
    apiSend<Rekomendasi>('POST', `/api/rekomendasi/${enc(id)}/carry`, { rencanaAksiId, rowVersion }),
  plans: (year: number, signal?: AbortSignal) => apiGet<PlanOption[]>(`/api/rencana-aksi?year=${year}`, signal),
  configs: (signal?: AbortSignal) => apiGet<LkeConfigRecord[]>('/api/lke-configs', signal),
  cloneConfig: (id: string, year: number, label: string) =>
    apiSend<LkeConfigRecord>('POST', `/api/lke-configs/${enc(id)}/clone`, { year, label }),
  updateConfig: (id: string, definition: LkeConfig, rowVersion: number) =>
    apiSend<LkeConfigRecord>('PUT', `/api/lke-configs/${enc(id)}`, { definition, rowVersion }),
};

export const reportHref = (year: number, kind: 'xlsx' | 'pdf') => `/api/evaluasi/${year}/laporan.${kind}`;

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
