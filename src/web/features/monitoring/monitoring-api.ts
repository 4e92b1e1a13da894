// Shapes, calls and react-query hooks of semester monitoring (src/server/features/monitoring/*):
// periods, realisasi with comments and evidence, the period dashboard and notifications.
import { useQuery } from '@tanstack/react-query';
import type { CapaianResult } from '../../../domain/capaian/capaian.ts';
import type { CapaianStatus } from '../../../domain/capaian/status.ts';
import type { Projection } from '../../../domain/capaian/projection.ts';
import type { PeriodCode, PeriodState } from '../../../domain/periods/periods.ts';
import type { IndicatorValue, LocalizedText, Polarity, Target } from '../../../domain/roadmap/types.ts';
import { apiGet, apiSend, apiUpload } from '../../api/client.ts';

export interface Periode {
  id: string;
  year: number;
  code: PeriodCode;
  startDate: string;
  endDate: string;
  opensAt: string;
  deadline: string;
  reopenedUntil: string | null;
  state: PeriodState;
  daysToDeadline: number;
  rowVersion: number;
}

export type RealisasiStatus = 'draft' | 'submitted' | 'verified' | 'returned';

export interface RealisasiRow {
  id: string;
  periodeId: string;
  subjectType: 'indikator' | 'rencana_aksi';
  subjectKey: string;
  pdKey: string;
  value: IndicatorValue | null;
  numerator: number | null;
  denominator: number | null;
  anggaranRealisasi: number | null;
  narrative: string;
  status: RealisasiStatus;
  returnReason: string | null;
  updatedBy: string;
  updatedAt: string;
  rowVersion: number;
}

export interface RealisasiComment {
  id: string;
  author: string;
  body: string;
  createdAt: string;
}

export interface Evidence {
  sha256: string;
  fileName: string;
  mime: string;
  sizeBytes: number;
  uploadedBy: string;
  createdAt: string;
}

export interface RealisasiDetail extends RealisasiRow {
  comments: RealisasiComment[];
  evidence: Evidence[];
}

export interface RealisasiBody {
  periodeId: string;
  subjectType: 'indikator' | 'rencana_aksi';
  subjectKey: string;
  value: string | null;
  numerator?: string | null;
  denominator?: string | null;
  anggaranRealisasi?: string | null;
  narrative: string;
  rowVersion: number;
}

export interface AverageCapaian {
  percent: number | null;
  counted: number;
  excluded: number;
}

export interface DashboardIndicator {
  key: string;
  name: string;
  unit: string;
  scaleCode: string;
  polarity: Polarity;
  pdKey: string | null;
  target: Target | null;
  realisasi: RealisasiRow | null;
  capaian: CapaianResult;
  status: CapaianStatus;
  projection: Projection | null;
  earlyWarning: LocalizedText | null;
}

export interface Completeness {
  pdKey: string;
  pdName: string;
  expected: number;
  entered: number;
  notEntered: number;
  draft: number;
  submitted: number;
  returned: number;
  verified: number;
  daysToDeadline: number;
}

export interface Dashboard {
  periode: Periode;
  versionId: string;
  summary: {
    averageVerified: AverageCapaian;
    averageAll: AverageCapaian;
    byStatus: Record<CapaianStatus, number>;
    earlyWarnings: number;
  };
  indicators: DashboardIndicator[];
  completeness: Completeness[];
}

export interface Notification {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  createdAt: string;
  read: boolean;
}

const enc = encodeURIComponent;

export const monitoringKeys = {
  all: ['monitoring'] as const,
  periods: (year: number) => ['monitoring', 'periods', year] as const,
  realisasi: (periodeId: string) => ['monitoring', 'realisasi', periodeId] as const,
  dashboard: (periodeId: string) => ['monitoring', 'dashboard', periodeId] as const,
  notifications: ['notifications'] as const,
};

export const monitoringApi = {
  periods: (year: number, signal?: AbortSignal) => apiGet<Periode[]>(`/api/periods?year=${year}`, signal),
  realisasi: (periodeId: string, signal?: AbortSignal) =>
    apiGet<RealisasiDetail[]>(`/api/realisasi?periodeId=${enc(periodeId)}`, signal),
  enter: (body: RealisasiBody) => apiSend<RealisasiRow>('PUT', '/api/realisasi', body),
  submit: (id: string) => apiSend<RealisasiRow>('POST', `/api/realisasi/${enc(id)}/submit`),
  verify: (ids: string[]) => apiSend<unknown>('POST', '/api/realisasi/verify', { ids }),
  returnToPd: (id: string, reason: string) =>
    apiSend<RealisasiRow>('POST', `/api/realisasi/${enc(id)}/return`, { reason }),
  comment: (id: string, body: string) => apiSend<unknown>('POST', `/api/realisasi/${enc(id)}/comments`, { body }),
  uploadEvidence: (id: string, file: File) => {
    const form = new FormData();
    form.append('file', file);
    return apiUpload<{ sha256: string; mime: string; alreadyAttached: boolean }>(
      `/api/realisasi/${enc(id)}/evidence`,
      form,
    );
  },
  removeEvidence: (id: string, sha256: string) =>
    apiSend<unknown>('DELETE', `/api/realisasi/${enc(id)}/evidence/${enc(sha256)}`),
  dashboard: (periodeId: string, signal?: AbortSignal) =>
    apiGet<Dashboard>(`/api/monitoring/dashboard?periodeId=${enc(periodeId)}`, signal),
  notifications: (signal?: AbortSignal) => apiGet<Notification[]>('/api/notifications', signal),
  markRead: (id: string) => apiSend<{ ok: true }>('POST', `/api/notifications/${enc(id)}/read`),
};

export const evidenceHref = (sha256: string) => `/api/evidence/${enc(sha256)}`;

export function usePeriods(year: number) {
  return useQuery({
    queryKey: monitoringKeys.periods(year),
    queryFn: ({ signal }) => monitoringApi.periods(year, signal),
  });
}

export function useRealisasi(periodeId: string | null) {
  return useQuery({
    queryKey: monitoringKeys.realisasi(periodeId ?? ''),
    queryFn: ({ signal }) => monitoringApi.realisasi(periodeId ?? '', signal),
    enabled: !!periodeId,
    staleTime: 0,
  });
}

export function useDashboard(periodeId: string | null) {
  return useQuery({
    queryKey: monitoringKeys.dashboard(periodeId ?? ''),
    queryFn: ({ signal }) => monitoringApi.dashboard(periodeId ?? '', signal),
    enabled: !!periodeId,
    staleTime: 0,
  });
}

export function useNotifications(enabled: boolean) {
  return useQuery({
    queryKey: monitoringKeys.notifications,
    queryFn: ({ signal }) => monitoringApi.notifications(signal),
    enabled,
    staleTime: 30_000,
  });
}
