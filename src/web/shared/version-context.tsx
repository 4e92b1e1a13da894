// The road-map version being viewed (from the URL), loaded once by the layout and read by every
// screen under /v/:versionId, with helpers for links inside that version.
import { createContext, useContext } from 'react';
import type { Finding, RoadMapDocument } from '../../domain/roadmap/types.ts';
import type { VersionDetail } from '../../domain/contracts/roadmap.ts';

export interface VersionView {
  version: VersionDetail;
  doc: RoadMapDocument;
  findings: Finding[];
  /** "/v/<id>" + path: a link inside the viewed version. */
  href(path?: string): string;
}

export const VersionContext = createContext<VersionView | null>(null);

export function useVersionView(): VersionView {
  const v = useContext(VersionContext);
  if (!v) throw new Error('useVersionView() outside a version route');
  return v;
}

export function versionHref(versionId: string, path = ''): string {
  return `/v/${encodeURIComponent(versionId)}${path ? (path.startsWith('/') ? path : `/${path}`) : ''}`;
}

export const indicatorPath = (key: string) => `/indikator/${encodeURIComponent(key)}`;

/** Where a finding points to in the app. */
export function findingPath(f: Finding, doc: RoadMapDocument): string {
  switch (f.entityType) {
    case 'indicator':
      return indicatorPath(f.entityKey);
    case 'placement': {
      // placement keys are "tabelN/nodeKey/indicatorKey"
      const parts = f.entityKey.split('/');
      const indicatorKey = parts.slice(2).join('/');
      return indicatorKey ? indicatorPath(indicatorKey) : `/tabel/${(parts[0] ?? 'tabel1').replace('tabel', '')}`;
    }
    case 'node': {
      const node = doc.nodes.find((n) => n.key === f.entityKey);
      const table = node ? tableOfKind(node.kind) : 1;
      return `/tabel/${table}#node-${encodeURIComponent(f.entityKey)}`;
    }
    case 'perangkat_daerah':
      return `/perangkat-daerah#pd-${encodeURIComponent(f.entityKey)}`;
    default:
      return '';
  }
}

function tableOfKind(kind: string): number {
  if (kind === 'tujuan' || kind === 'sasaran_strategis') return 1;
  if (kind === 'sasaran_general' || kind === 'kegiatan_utama') return 2;
  return 3;
}
