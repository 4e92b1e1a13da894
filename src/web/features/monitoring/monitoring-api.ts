// Calls and react-query hooks of semester monitoring: periode, realisasi with comments and evidence,
// the period dashboard, reminders and notifications. Every shape is the contract's
// (src/domain/contracts/monitoring.ts); none is restated here.
import { useQuery } from '@tanstack/react-query';
import * as c from '../../../domain/contracts/monitoring.ts';
import { apiCall, apiUploadCall, downloadUrl } from '../../api/call.ts';

export type {
  Completeness,
  Dashboard,
  DashboardIndicator,
  Evidence,
  Notification,
  Periode,
  RealisasiBody,
  RealisasiComment,
  RealisasiDetail,
  RealisasiRow,
  RealisasiStatus,
} from '../../../domain/contracts/monitoring.ts';

export const monitoringKeys = {
  all: ['monitoring'] as const,
  periods: (year: number) => ['monitoring', 'periods', year] as const,
  realisasi: (periodeId: string) => ['monitoring', 'realisasi', periodeId] as const,
  dashboard: (periodeId: string) => ['monitoring', 'dashboard', periodeId] as const,
  sample: (periodeId: string) => ['monitoring', 'sample', periodeId] as const,
  notifications: ['notifications'] as const,
};

export const monitoringApi = {
  periods: (year: number, signal?: AbortSignal) => apiCall(c.listPeriodes, { query: { year } }, signal),
  setupYear: (year: number, scheme: 'semester' | 'quarter') => apiCall(c.setupPeriodes, { body: { year, scheme } }),
  updateWindow: (id: string, body: { opensAt: string; deadline: string; rowVersion: number }) =>
    apiCall(c.updatePeriodeWindow, { params: { id }, body }),
  reopen: (id: string, body: { reason: string; until: string; rowVersion: number }) =>
    apiCall(c.reopenPeriode, { params: { id }, body }),
  closeAgain: (id: string, rowVersion: number) => apiCall(c.closePeriode, { params: { id }, body: { rowVersion } }),
  remind: (periodeId: string) => apiCall(c.remindPeriode, { params: { id: periodeId }, body: { pdKeys: null } }),
  realisasi: (periodeId: string, signal?: AbortSignal) => apiCall(c.listRealisasi, { query: { periodeId } }, signal),
  sample: (periodeId: string, signal?: AbortSignal) => apiCall(c.realisasiSample, { query: { periodeId } }, signal),
  enter: (body: c.RealisasiBody) => apiCall(c.enterRealisasi, { body }),
  submit: (id: string) => apiCall(c.submitRealisasi, { params: { id } }),
  verify: (ids: string[]) => apiCall(c.verifyRealisasi, { body: { ids } }),
  returnToPd: (id: string, reason: string) => apiCall(c.returnRealisasi, { params: { id }, body: { reason } }),
  comment: (id: string, body: string) => apiCall(c.commentRealisasi, { params: { id }, body: { body } }),
  uploadEvidence: (id: string, file: File) => {
    const form = new FormData();
    form.append('file', file);
    return apiUploadCall(c.uploadRealisasiEvidence, { params: { id } }, form);
  },
  removeEvidence: (id: string, sha256: string) => apiCall(c.detachRealisasiEvidence, { params: { id, sha256 } }),
  dashboard: (periodeId: string, signal?: AbortSignal) => apiCall(c.periodDashboard, { query: { periodeId } }, signal),
  notifications: (signal?: AbortSignal) => apiCall(c.listNotifications, {}, signal),
  markRead: (id: string) => apiCall(c.markNotificationRead, { params: { id } }),
};

export const evidenceHref = (sha256: string) => downloadUrl(c.downloadEvidence, { params: { sha256 } });

export function usePeriods(year: number) {
  return useQuery({
    queryKey: monitoringKeys.periods(year),
    queryFn: ({ signal }) => monitoringApi.periods(year, signal),
  });
}

/**
 * The year of a period named by id (a notification links to /monitoring?periode=… alone): read
 * from the list of every year's periods, only when asked.
 */
export function usePeriodeYear(periodeId: string | null, enabled: boolean): number | undefined {
  const q = useQuery({
    queryKey: ['monitoring', 'periods', 'all'] as const,
    queryFn: ({ signal }) => apiCall(c.listPeriodes, { query: {} }, signal),
    enabled: enabled && !!periodeId,
  });
  return q.data?.find((p) => p.id === periodeId)?.year;
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

/** The evaluator's risk-based sample of a period's verified realisasi. */
export function useReviewSample(periodeId: string) {
  return useQuery({
    queryKey: monitoringKeys.sample(periodeId),
    queryFn: ({ signal }) => monitoringApi.sample(periodeId, signal),
  });
}
