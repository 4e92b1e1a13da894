// Typed functions for every endpoint the app calls, and the react-query hooks and keys that cache them.
import { useQuery } from '@tanstack/react-query';
import type { TableCode } from '../../domain/roadmap/types.ts';
import { listPerangkatDaerah } from '../../domain/contracts/perangkat-daerah.ts';
import * as roadmap from '../../domain/contracts/roadmap.ts';
import * as xlsx from '../../domain/contracts/roadmap-xlsx.ts';
import * as pdf from '../../domain/contracts/roadmap-pdf.ts';
import { recordHistory } from '../../domain/contracts/audit.ts';
import { apiCall, apiUploadCall, downloadUrl } from './call.ts';

export const keys = {
  roadMaps: ['road-maps'] as const,
  yearGovernance: ['road-maps', 'years'] as const,
  referenceVersions: ['reference-versions'] as const,
  version: (id: string) => ['version', id] as const,
  audit: (entityId: string) => ['audit', 'indikator', entityId] as const,
  perangkatDaerah: (versionId: string) => ['perangkat-daerah', versionId] as const,
  diff: (from: string, to: string) => ['diff', from, to] as const,
};

export const api = {
  roadMaps: (signal?: AbortSignal) => apiCall(roadmap.listRoadMaps, {}, signal),
  version: (id: string, signal?: AbortSignal) => apiCall(roadmap.getVersion, { params: { versionId: id } }, signal),
  updateIndicator: (versionId: string, key: string, body: roadmap.IndicatorUpdateBody) =>
    apiCall(roadmap.updateIndicator, { params: { versionId, key }, body }),
  createAmendment: (roadMapId: string, body: roadmap.AmendmentBody) =>
    apiCall(roadmap.createAmendment, { params: { roadMapId }, body }),
  updateNode: (versionId: string, key: string, body: { rowVersion: number; node: roadmap.NodeBody }) =>
    apiCall(roadmap.updateNode, { params: { versionId, key }, body }),
  activate: (versionId: string) => apiCall(roadmap.activateVersion, { params: { versionId } }),
  setEnactingRegulasi: (versionId: string, body: roadmap.EnactingRegulasiBody) =>
    apiCall(roadmap.setEnactingRegulasi, { params: { versionId }, body }),
  startPeriod: (body: roadmap.NewPeriodBody) => apiCall(roadmap.createRoadMapPeriod, { body }),
  yearGovernance: (signal?: AbortSignal) => apiCall(roadmap.getYearGovernance, {}, signal),
  rebase: (versionId: string, key: string, body: roadmap.RebaseBody) =>
    apiCall(roadmap.rebaseIndicator, { params: { versionId, key }, body }),
  referenceVersions: (signal?: AbortSignal) => apiCall(roadmap.listReferenceVersions, {}, signal),
  deleteVersion: (versionId: string) => apiCall(roadmap.deleteVersion, { params: { versionId } }),
  diff: (from: string, to: string, signal?: AbortSignal) =>
    apiCall(roadmap.diffVersions, { params: { fromId: from, toId: to } }, signal),
  audit: (entityId: string, signal?: AbortSignal) =>
    apiCall(recordHistory, { query: { entityType: 'indikator', entityId } }, signal),
  perangkatDaerah: (versionId: string, signal?: AbortSignal) =>
    apiCall(listPerangkatDaerah, { query: { versionId } }, signal),
  /** `newPd`: PD names the user chose to create (one per line in the `newPd` field). */
  previewImport: (file: File, newPd: readonly string[] = []) => {
    const form = new FormData();
    if (newPd.length) form.append('newPd', newPd.join('\n'));
    form.append('file', file);
    return apiUploadCall(xlsx.previewImport, {}, form);
  },
  commitImport: (file: File, status: 'draft' | 'active', roadMapId?: string, newPd: readonly string[] = []) => {
    const form = new FormData();
    // Text fields first: the server reads parts in order.
    form.append('status', status);
    if (roadMapId) form.append('roadMapId', roadMapId);
    if (newPd.length) form.append('newPd', newPd.join('\n'));
    form.append('file', file);
    return apiUploadCall(xlsx.commitImport, {}, form);
  },
};

/** Download addresses (plain links: the browser saves the file itself). */
export const downloads = {
  xlsx: (versionId: string, tables?: TableCode[]) =>
    downloadUrl(xlsx.exportVersionXlsx, {
      params: { versionId },
      query: tables && tables.length ? { tables: tables.join(',') } : {},
    }),
  /** One table as the Lampiran PDF (A4 landscape, signature block; a draft is marked DRAF). */
  pdf: (versionId: string, table: TableCode) =>
    downloadUrl(pdf.exportVersionPdf, { params: { versionId }, query: { table } }),
  json: (versionId: string) => downloadUrl(roadmap.exportVersionJson, { params: { versionId } }),
};

export function useYearGovernance() {
  return useQuery({ queryKey: keys.yearGovernance, queryFn: ({ signal }) => api.yearGovernance(signal) });
}

export function useReferenceVersions() {
  return useQuery({
    queryKey: keys.referenceVersions,
    queryFn: ({ signal }) => api.referenceVersions(signal),
    staleTime: Infinity,
  });
}

export function useRoadMaps() {
  return useQuery({ queryKey: keys.roadMaps, queryFn: ({ signal }) => api.roadMaps(signal) });
}

export function useVersion(id: string | undefined) {
  return useQuery({
    queryKey: keys.version(id ?? ''),
    queryFn: ({ signal }) => api.version(id ?? '', signal),
    enabled: !!id,
  });
}

export function useAudit(entityId: string) {
  return useQuery({
    queryKey: keys.audit(entityId),
    queryFn: ({ signal }) => api.audit(entityId, signal),
    staleTime: 0,
  });
}

export function usePerangkatDaerah(versionId: string) {
  return useQuery({
    queryKey: keys.perangkatDaerah(versionId),
    queryFn: ({ signal }) => api.perangkatDaerah(versionId, signal),
  });
}

export function useDiff(from: string | null, to: string | null) {
  return useQuery({
    queryKey: keys.diff(from ?? '', to ?? ''),
    queryFn: ({ signal }) => api.diff(from ?? '', to ?? '', signal),
    enabled: !!from && !!to,
    staleTime: 0,
  });
}
