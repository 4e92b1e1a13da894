// The content of the internal evaluation report, shared by the xlsx and PDF renderings: the
// worksheet lines with raw values and scores, the component totals, the index and predikat, the
// recommendations with their follow-up status, and the history of the index.
import type { Db } from '../../../db/client.ts';
import type { LkeConfig } from '../../../domain/evaluasi/lke-types.ts';
import { REKOMENDASI_STATUS_LABEL } from '../../../domain/evaluasi/rekomendasi.ts';
import { formatDate } from '../../../domain/format/date.ts';
import { formatNumber } from '../../../domain/format/number.ts';
import { todayWita } from '../../../domain/periods/periods.ts';
import type { RoleAssignment } from '../../../domain/permissions.ts';
import { findInstansi, perangkatDaerahOf } from '../roadmap/roadmap.service.ts';
import * as service from './evaluasi.service.ts';
import * as history from './indeks-history.service.ts';
import * as rekomendasi from './rekomendasi.service.ts';

export interface ReportRow {
  code: string;
  name: string;
  depth: number;
  kind: 'component' | 'line';
  weight: number;
  raw: string;
  /** The raw value as a number for the workbook (null: a level, not applicable or empty). */
  rawValue: number | null;
  score: string;
  scoreValue: number;
  applicable: boolean;
  source: string;
  notes: string;
}

const n2 = (v: number) => formatNumber(v, 'id', { minDecimals: 2, maxDecimals: 2 });
const round2 = (v: number) => Math.round(v * 100) / 100;

export async function reportModel(db: Db, roles: readonly RoleAssignment[], instansiId: string, year: number) {
  const ws = await service.worksheet(db, roles, instansiId, year);
  const config: LkeConfig = ws.config.definition;
  const inst = await findInstansi(db, instansiId);
  const pds = new Map((await perangkatDaerahOf(db, instansiId)).map((p) => [p.key, p.name]));
  const lineRows = new Map(ws.lines.map((l) => [l.lineCode, l]));
  const rows: ReportRow[] = [];
  const walk = (node: LkeConfig['general'], depth: number) => {
    const c = ws.result.components[node.code]!;
    rows.push({
      code: node.code,
      name: node.name,
      depth,
      kind: 'component',
      weight: node.weight,
      raw: '',
      rawValue: null,
      score: n2(c.score),
      scoreValue: round2(c.score),
      applicable: c.applicableWeight > 0,
      source: '',
      notes: '',
    });
    for (const child of node.children) {
      if (child.kind === 'component') walk(child, depth + 1);
      else {
        const r = ws.result.lines[child.code]!;
        const l = lineRows.get(child.code);
        const level =
          l?.raw?.kind === 'level' ? child.levels?.find((x) => x.code === (l.raw as { code: string }).code) : undefined;
        rows.push({
          code: child.code,
          name: child.name,
          depth: depth + 1,
          kind: 'line',
          weight: child.weight,
          raw: !r.applicable
            ? 'Tidak berlaku'
            : l?.raw == null
              ? '—'
              : level
                ? `${level.code} (${level.label})`
                : formatNumber((l.raw as { value: number }).value, 'id', { maxDecimals: 4 }),
          rawValue: r.applicable && l?.raw?.kind === 'number' ? l.raw.value : null,
          score: r.applicable ? n2(r.score) : '—',
          scoreValue: r.applicable ? round2(r.score) : 0,
          applicable: r.applicable,
          // A line still empty has no source yet, whatever its default says.
          source: l?.raw
            ? [
                l.source === 'manual'
                  ? 'Diisi evaluator'
                  : l.source === 'realisasi'
                    ? 'Realisasi terverifikasi'
                    : 'Rencana aksi',
                l.sourceDocument,
              ]
                .filter(Boolean)
                .join(': ')
            : (l?.sourceDocument ?? ''),
          notes: l?.notes ?? '',
        });
      }
    }
  };
  walk(config.general, 0);
  walk(config.tematik, 0);

  const recs = await rekomendasi.list(db, instansiId, roles, { year });
  return {
    instansi: inst?.name ?? '',
    year,
    configLabel: ws.config.label,
    configFromEarlierYear: ws.configFromEarlierYear,
    status: ws.evaluasi.status,
    closedAt: ws.evaluasi.closedAt,
    rows,
    totals: {
      rbGeneral: n2(ws.result.rbGeneral),
      koefisien: n2(ws.result.koefisien),
      bobotPenyesuaian: n2(ws.result.bobotPenyesuaian),
      rbGeneralPenyesuaian: n2(ws.result.rbGeneralPenyesuaian),
      rbTematik: n2(ws.result.rbTematik),
      indeks: n2(ws.result.indeks),
      predikat: ws.result.predikat ? `${ws.result.predikat.code} (${ws.result.predikat.label})` : '—',
      missing: ws.result.missing,
    },
    /** The same totals as numbers, for the workbook (numbers stay numbers there). */
    values: {
      rbGeneral: round2(ws.result.rbGeneral),
      koefisien: round2(ws.result.koefisien),
      bobotPenyesuaian: round2(ws.result.bobotPenyesuaian),
      rbGeneralPenyesuaian: round2(ws.result.rbGeneralPenyesuaian),
      rbTematik: round2(ws.result.rbTematik),
      indeks: round2(ws.result.indeks),
    },
    themes: ws.result.themes.map((t) => ({
      name: t.name,
      score: n2(t.score),
      max: n2(t.max),
      scoreValue: round2(t.score),
      maxValue: round2(t.max),
    })),
    renaksi: ws.renaksi,
    criteria: config.renaksiCriteria,
    rekomendasi: recs.map((r) => ({
      lineCode: r.lineCode ?? 'Umum',
      body: r.body,
      pd: pds.get(r.pdKey) ?? r.pdKey,
      dueDate: formatDate(r.dueDate, 'id'),
      status: REKOMENDASI_STATUS_LABEL[r.status].id + (r.overdue ? ' — lewat tenggat' : ''),
      followUps: r.tindakLanjut.filter((f) => f.kind === 'action').length,
    })),
    history: (await history.listHistory(db, instansiId)).map((h) => ({
      year: h.year,
      source: h.source === 'regulasi' ? 'Regulasi' : h.source === 'nasional' ? 'Hasil nasional' : 'Evaluasi internal',
      indeks: n2(h.indeks),
      indeksValue: round2(h.indeks),
      predikat: h.predikat,
    })),
    generatedOn: formatDate(todayWita(new Date()), 'id'),
  };
}

export type ReportModel = Awaited<ReturnType<typeof reportModel>>;
