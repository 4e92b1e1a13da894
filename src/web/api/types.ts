// Shapes of the server's answers as the browser uses them (see src/server/features/*/…routes.ts).
// Document types come from the shared domain model so the UI and the server cannot drift apart.
import type {
  Finding,
  Indikator,
  Regulasi,
  RegulasiType,
  RoadMapDocument,
  RoadMapStatus,
} from '../../domain/roadmap/types.ts';
import type { RoadMapDiff } from '../../domain/roadmap/diff.ts';
import type { AuditRow } from '../../domain/contracts/audit.ts';

export interface VersionSummary {
  id: string;
  versionNo: number;
  versionLabel: string;
  status: RoadMapStatus;
  basedOnVersionId: string | null;
  createdAt: string;
  regulasi: Regulasi | null;
}

export interface RoadMapSummary {
  id: string;
  title: string;
  periodStart: number;
  periodEnd: number;
  versions: VersionSummary[];
}

export interface VersionDetail {
  id: string;
  roadMapId: string;
  versionNo: number;
  status: RoadMapStatus;
  basedOnVersionId: string | null;
  document: RoadMapDocument;
  indicatorRowVersions: Record<string, number>;
  findings: Finding[];
}

export interface IndicatorUpdateBody {
  rowVersion: number;
  indicator: Omit<Indikator, 'key'>;
}

export interface IndicatorUpdateResult {
  indicator: Indikator;
  rowVersion: number;
  findings: Finding[];
}

/** details of a 409 STALE_WRITE on an indicator. */
export interface StaleIndicatorDetails {
  current: { indicator: Indikator; rowVersion: number };
}

export interface AmendmentBody {
  basedOnVersionId: string;
  versionLabel: string;
  regulasi: {
    type: RegulasiType;
    number: string;
    year: number;
    title: string;
    enactedAt?: string;
    promulgatedAt?: string;
    place?: string;
  };
}

export interface CreatedVersion {
  versionId: string;
  roadMapId: string;
  instansiId: string;
}

/** One audit event of a record's history (the audit contract's row). */
export type AuditEvent = AuditRow;

export interface XlsxProblem {
  sheet: string;
  row: number | null;
  column: string | null;
  code: string;
  message: { id: string; en: string };
  severity: 'error' | 'warning';
}

export interface ImportSummary {
  instansi: string;
  title: string;
  period: string;
  versionLabel: string;
  counts: { nodes: number; indicators: number; placements: number; perangkatDaerah: number };
  findings: Finding[];
}

export interface ImportPreview {
  ok: boolean;
  problems: XlsxProblem[];
  summary: ImportSummary | null;
}

export interface ImportCommitResult {
  versionId: string;
  roadMapId: string;
  instansiId: string;
  problems: XlsxProblem[];
}

export interface Instansi {
  id: string;
  code: string;
  name: string;
  kind: string;
  region: string;
}

/** A version row as the diff endpoint returns it (database record). */
export interface DiffVersionRow {
  id: string;
  versionNo: number;
  status: RoadMapStatus;
  [field: string]: unknown;
}

export interface DiffResponse {
  from: DiffVersionRow;
  to: DiffVersionRow;
  diff: RoadMapDiff;
}
