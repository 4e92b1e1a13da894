// The internal evaluation of a year: the worksheet (one row per LKE line with raw value, source,
// notes, status and reviewed evidence), pre-filled from verified realisasi and action plans, scored
// by the domain engine, with the rencana aksi quality criteria and the koefisien; closing a year
// records its index in the history and freezes it. One transaction per command, audited.
import type { Db, Tx } from '../../../db/client.ts';
import { linesOf } from '../../../domain/evaluasi/lke-tree.ts';
import { checkKoefisien, checkLineRaw } from '../../../domain/evaluasi/lke-raw-check.ts';
import type { LkeConfig, LkeInputs, LkeRaw } from '../../../domain/evaluasi/lke-types.ts';
import { nextPredikatSteps, pointsAvailable } from '../../../domain/evaluasi/lke-priorities.ts';
import { indeksBounds, scoreLke } from '../../../domain/evaluasi/lke-score.ts';
import { scoreRenaksi, type CriterionAnswer } from '../../../domain/evaluasi/renaksi-grade.ts';
import { AppError, notFound, staleWrite, invalidData, type FieldError } from '../../errors.ts';
import { insertAuditEvent, type AuditContext } from '../../audit-trail.repository.ts';
import { isEvidenceStored } from '../../evidence-attach.ts';
import { readableEvidence } from '../../evidence-access.ts';
import { isPdScopedOnly, type RoleAssignment } from '../../../domain/permissions.ts';
import { computePrefill, type LineSuggestion } from './evaluasi-prefill.ts';
import * as repo from './evaluasi.repository.ts';
import type { z } from 'zod';
import type {
  updateEvaluasiBody,
  updateLineBody,
  Evaluasi,
  EvaluasiStatus,
  EvaluasiSummary,
  LineSource,
  LineStatus,
  Worksheet,
  WorksheetLine,
} from '../../../domain/contracts/evaluasi.ts';
import { instansiKindOf } from './instansi-kind.ts';

const EVALUASI = { id: 'Evaluasi', en: 'Evaluation' };

function rawOfRow(row: repo.EvaluasiLineRow): LkeRaw {
  if (row.rawLevel !== null) return { kind: 'level', code: row.rawLevel };
  if (row.rawNumber !== null) return { kind: 'number', value: Number(row.rawNumber) };
  return null;
}

export function inputsOf(evaluasi: repo.EvaluasiRow, rows: repo.EvaluasiLineRow[]): LkeInputs {
  const lines: LkeInputs['lines'] = {};
  for (const r of rows)
    lines[r.lineCode] = { raw: rawOfRow(r), ...(r.applicable === null ? {} : { applicable: r.applicable }) };
  return { lines, koefisien: evaluasi.koefisien === null ? null : Number(evaluasi.koefisien) };
}

function presentLine(r: repo.EvaluasiLineRow): WorksheetLine {
  return {
    lineCode: r.lineCode,
    raw: rawOfRow(r),
    applicable: r.applicable,
    source: r.source as LineSource,
    sourceDocument: r.sourceDocument,
    notes: r.notes,
    status: r.status as LineStatus,
    updatedBy: r.updatedBy,
    updatedAt: r.updatedAt.toISOString(),
    rowVersion: r.rowVersion,
  };
}

function presentEvaluasi(e: repo.EvaluasiRow): Evaluasi {
  return {
    id: e.id,
    year: e.year,
    configId: e.configId,
    status: e.status as EvaluasiStatus,
    koefisien: e.koefisien === null ? null : Number(e.koefisien),
    renaksiAnswers: e.renaksiAnswers as Record<string, CriterionAnswer>,
    closedAt: e.closedAt?.toISOString() ?? null,
    closedBy: e.closedBy,
    rowVersion: e.rowVersion,
  };
}

async function load(tx: Tx, instansiId: string, year: number) {
  const e = await repo.findEvaluasi(tx, instansiId, year);
  if (!e) throw notFound(EVALUASI, String(year));
  const configRow = (await repo.findConfig(tx, e.configId))!;
  return { evaluasi: e, config: configRow.definition as LkeConfig, configRow };
}

function assertOpen(e: repo.EvaluasiRow) {
  if (e.status === 'closed')
    throw new AppError(
      'EVALUASI_CLOSED',
      `Evaluasi tahun ${e.year} sudah ditutup; buka kembali dengan alasan untuk mengubahnya.`,
      `The ${e.year} evaluation is closed; reopen it with a reason to change it.`,
    );
}

/** Applies a suggestion to a line row values (and returns the evidence to link). */
function suggestionPatch(s: LineSuggestion) {
  return {
    rawNumber: s.raw?.kind === 'number' ? String(s.raw.value) : null,
    rawLevel: s.raw?.kind === 'level' ? s.raw.code : null,
    source: s.origin.kind === 'realisasi' ? 'realisasi' : 'renaksi',
    sourceDocument:
      s.origin.kind === 'realisasi'
        ? `Realisasi terverifikasi ${s.origin.periodCode}: ${s.origin.indicatorName}`
        : `Rata-rata capaian output ${s.origin.plans} rencana aksi (${s.origin.withVerifiedOutput} dengan realisasi terverifikasi)`,
  };
}

async function linkSuggestionEvidence(tx: Tx, e: repo.EvaluasiRow, s: LineSuggestion, actor: string) {
  for (const ev of s.evidence)
    await repo.linkLineEvidence(tx, {
      evaluasiId: e.id,
      lineCode: s.lineCode,
      sha256: ev.sha256,
      instansiId: e.instansiId,
      fileName: ev.fileName,
      addedBy: actor,
    });
}

export async function listEvaluasi(db: Db, instansiId: string): Promise<EvaluasiSummary[]> {
  const rows = await repo.listEvaluasi(db, instansiId);
  const out: EvaluasiSummary[] = [];
  for (const e of rows) {
    const configRow = (await repo.findConfig(db, e.configId))!;
    const result = scoreLke(configRow.definition as LkeConfig, inputsOf(e, await repo.listLines(db, e.id)));
    out.push({
      ...presentEvaluasi(e),
      configLabel: configRow.label,
      indeks: result.indeks,
      predikat: result.predikat?.code ?? null,
      missing: result.missing.length,
    });
  }
  return out;
}

/** The year's score from its worksheet (null: not started), for the reports that quote it. */
export async function yearResult(db: Db, instansiId: string, year: number) {
  const e = (await repo.listEvaluasi(db, instansiId)).find((x) => x.year === year);
  if (!e) return null;
  const configRow = (await repo.findConfig(db, e.configId))!;
  return {
    status: e.status,
    result: scoreLke(configRow.definition as LkeConfig, inputsOf(e, await repo.listLines(db, e.id))),
  };
}

/** Starts the year's worksheet on the configuration for that year (or the newest earlier one). */
export async function startEvaluasi(db: Db, audit: AuditContext, instansiId: string, year: number) {
  return db.transaction(async (tx) => {
    if (await repo.findEvaluasi(tx, instansiId, year))
      throw new AppError(
        'EVALUASI_EXISTS',
        `Evaluasi tahun ${year} sudah dimulai.`,
        `The ${year} evaluation already exists.`,
      );
    const kind = await instansiKindOf(tx, instansiId);
    const configRow = await repo.configForYear(tx, year, kind);
    if (!configRow)
      throw new AppError(
        'NO_LKE_CONFIG',
        `Belum ada konfigurasi LKE untuk tahun ${year} atau sebelumnya.`,
        `No LKE configuration for ${year} or earlier.`,
      );
    const config = configRow.definition as LkeConfig;
    const e = await repo.insertEvaluasi(tx, { instansiId, year, configId: configRow.id });
    const prefill = await computePrefill(tx, instansiId, year, config);
    const usable = new Map(prefill.lines.filter((s) => s.raw !== null).map((s) => [s.lineCode, s]));
    for (const { line } of linesOf(config)) {
      const s = usable.get(line.code);
      await repo.insertLine(tx, {
        evaluasiId: e.id,
        lineCode: line.code,
        instansiId,
        updatedBy: audit.actor,
        ...(s ? suggestionPatch(s) : {}),
      });
      if (s) await linkSuggestionEvidence(tx, e, s, audit.actor);
    }
    await insertAuditEvent(tx, audit, {
      instansiId,
      action: 'evaluasi.create',
      entityType: 'evaluasi',
      entityId: e.id,
      before: null,
      after: {
        ...presentEvaluasi(e),
        configLabel: configRow.label,
        prefilled: [...usable.values()].map((s) => ({ lineCode: s.lineCode, raw: s.raw })),
      },
    });
    return presentEvaluasi(e);
  });
}

/**
 * The year's worksheet. PD staff read the instansi's scores and lines, but of the evidence only the
 * files their own PD's records carry, and no prefill suggestions (they quote other PDs' values).
 */
export async function worksheet(
  db: Db,
  roles: readonly RoleAssignment[],
  instansiId: string,
  year: number,
): Promise<Worksheet> {
  const { evaluasi: e, config, configRow } = await load(db, instansiId, year);
  const rows = await repo.listLines(db, e.id);
  const inputs = inputsOf(e, rows);
  const result = scoreLke(config, inputs);
  const allEvidence = await repo.listLineEvidence(db, e.id);
  const readable = await readableEvidence(
    db,
    roles,
    allEvidence.map((x) => x.sha256),
  );
  const evidence = allEvidence.filter((x) => readable.has(x.sha256));
  const computed = await computePrefill(db, instansiId, year, config);
  const prefill = isPdScopedOnly(roles) ? { ...computed, lines: [] } : computed;
  const renaksiLine = linesOf(config).find((x) => x.line.derivedFrom === 'renaksi_quality')?.line;
  return {
    evaluasi: presentEvaluasi(e),
    config: { id: configRow.id, year: configRow.year, label: configRow.label, definition: config },
    /** True when the year has no configuration of its own and uses an earlier year's. */
    configFromEarlierYear: configRow.year !== year,
    lines: rows.map(presentLine),
    evidence: evidence.map((x) => ({ ...x, createdAt: x.createdAt.toISOString() })),
    result,
    bounds: indeksBounds(config, inputs),
    priorities: { points: pointsAvailable(config, inputs, result), next: nextPredikatSteps(config, inputs) },
    renaksi: renaksiLine
      ? {
          lineCode: renaksiLine.code,
          score: scoreRenaksi(
            config.renaksiCriteria,
            { answers: e.renaksiAnswers as Record<string, CriterionAnswer> },
            renaksiLine.max,
          ),
        }
      : null,
    suggestions: prefill,
  };
}

/** A line's values as the contract's body delivers them (defaults applied). */
export type LineInput = z.output<typeof updateLineBody>;

export async function updateLine(
  db: Db,
  audit: AuditContext,
  instansiId: string,
  year: number,
  lineCode: string,
  input: LineInput,
) {
  return db.transaction(async (tx) => {
    const { evaluasi: e, config } = await load(tx, instansiId, year);
    assertOpen(e);
    const entry = linesOf(config).find((x) => x.line.code === lineCode);
    if (!entry) throw notFound({ id: 'Baris LKE', en: 'LKE line' }, lineCode);
    const fields = checkLineRaw(entry.line, input.raw);
    if (input.status === 'final' && input.raw === null && input.applicable !== false)
      fields.push({
        field: 'status',
        code: 'FINAL_NEEDS_VALUE',
        message: 'Baris yang berlaku harus memiliki nilai sebelum ditetapkan final.',
      });
    if (fields.length) throw invalidData(fields);
    const current = (await repo.findLine(tx, e.id, lineCode))!;
    const changedValue = JSON.stringify(rawOfRow(current)) !== JSON.stringify(input.raw);
    const row = await repo.updateLine(
      tx,
      e.id,
      lineCode,
      {
        rawNumber: input.raw?.kind === 'number' ? String(input.raw.value) : null,
        rawLevel: input.raw?.kind === 'level' ? input.raw.code : null,
        applicable: input.applicable,
        // A value typed by the evaluator is theirs, whatever pre-filled it before.
        source: changedValue ? 'manual' : current.source,
        sourceDocument: input.sourceDocument,
        notes: input.notes,
        status: input.status,
        updatedBy: audit.actor,
      },
      input.rowVersion,
    );
    if (!row) throw staleWrite({ line: presentLine(current) });
    await insertAuditEvent(tx, audit, {
      instansiId,
      action: 'evaluasi.line_update',
      entityType: 'evaluasi_line',
      entityId: `${e.id}:${lineCode}`,
      before: presentLine(current),
      after: presentLine(row),
    });
    return presentLine(row);
  });
}

/** Koefisien and rencana aksi answers as the contract's body delivers them. */
export type EvaluasiPatch = z.output<typeof updateEvaluasiBody>;

/** The refusals of a koefisien / rencana aksi answers patch against the year's configuration. */
function checkPatch(config: LkeConfig, input: EvaluasiPatch): FieldError[] {
  const fields = checkKoefisien(config.koefisien, input.koefisien);
  for (const [code, answer] of Object.entries(input.renaksiAnswers)) {
    const c = config.renaksiCriteria.find((x) => x.code === code);
    const field = `renaksiAnswers.${code}`;
    if (!c) fields.push({ field, code: 'UNKNOWN_CRITERION', message: `Kriteria ${code} tidak ada.` });
    else if (c.kind === 'yes_no' && !('yes' in answer))
      fields.push({ field, code: 'YES_NO_REQUIRED', message: `${c.name}: jawab YA atau TIDAK.` });
    else if (c.kind === 'percent' && !('percent' in answer))
      fields.push({ field, code: 'PERCENT_REQUIRED', message: `${c.name}: isi persentase 0–100.` });
  }
  return fields;
}

/** A complete rencana aksi grading sets the value of the line derived from it (audited). */
async function syncRenaksiLine(
  tx: Tx,
  audit: AuditContext,
  e: repo.EvaluasiRow,
  config: LkeConfig,
  answers: Record<string, CriterionAnswer>,
) {
  const renaksiLine = linesOf(config).find((x) => x.line.derivedFrom === 'renaksi_quality')?.line;
  if (!renaksiLine) return;
  const graded = scoreRenaksi(config.renaksiCriteria, { answers }, renaksiLine.max);
  const current = await repo.findLine(tx, e.id, renaksiLine.code);
  if (graded.raw === null || !current || Number(current.rawNumber) === graded.raw) return;
  const updated = (await repo.updateLine(
    tx,
    e.id,
    renaksiLine.code,
    {
      rawNumber: String(graded.raw),
      rawLevel: null,
      source: 'renaksi',
      sourceDocument: 'Penilaian kualitas rencana aksi (kriteria A–E)',
      updatedBy: audit.actor,
    },
    current.rowVersion,
  ))!;
  await insertAuditEvent(tx, audit, {
    instansiId: e.instansiId,
    action: 'evaluasi.line_update',
    entityType: 'evaluasi_line',
    entityId: `${e.id}:${renaksiLine.code}`,
    before: presentLine(current),
    after: presentLine(updated),
  });
}

/** Koefisien and the rencana aksi quality answers; a complete grading sets the renaksi line's value. */
export async function updateEvaluasi(
  db: Db,
  audit: AuditContext,
  instansiId: string,
  year: number,
  input: EvaluasiPatch,
): Promise<Evaluasi> {
  return db.transaction(async (tx) => {
    const { evaluasi: e, config } = await load(tx, instansiId, year);
    assertOpen(e);
    const fields = checkPatch(config, input);
    if (fields.length) throw invalidData(fields);
    const row = await repo.updateEvaluasi(
      tx,
      e.id,
      { koefisien: input.koefisien === null ? null : String(input.koefisien), renaksiAnswers: input.renaksiAnswers },
      input.rowVersion,
    );
    if (!row) throw staleWrite({ evaluasi: presentEvaluasi(e) });
    await insertAuditEvent(tx, audit, {
      instansiId,
      action: 'evaluasi.update',
      entityType: 'evaluasi',
      entityId: e.id,
      before: presentEvaluasi(e),
      after: presentEvaluasi(row),
    });
    await syncRenaksiLine(tx, audit, e, config, input.renaksiAnswers);
    return presentEvaluasi(row);
  });
}

/** Applies the current suggestions to the chosen lines (default: the ones without a value). */
export async function applyPrefill(
  db: Db,
  audit: AuditContext,
  instansiId: string,
  year: number,
  lineCodes: string[] | null,
) {
  return db.transaction(async (tx) => {
    const { evaluasi: e, config } = await load(tx, instansiId, year);
    assertOpen(e);
    const prefill = await computePrefill(tx, instansiId, year, config);
    const applied: string[] = [];
    for (const s of prefill.lines) {
      if (s.raw === null) continue;
      const current = await repo.findLine(tx, e.id, s.lineCode);
      if (!current) continue;
      const wanted = lineCodes === null ? rawOfRow(current) === null : lineCodes.includes(s.lineCode);
      if (!wanted) continue;
      const row = (await repo.updateLine(
        tx,
        e.id,
        s.lineCode,
        { ...suggestionPatch(s), updatedBy: audit.actor },
        current.rowVersion,
      ))!;
      await linkSuggestionEvidence(tx, e, s, audit.actor);
      await insertAuditEvent(tx, audit, {
        instansiId,
        action: 'evaluasi.line_prefill',
        entityType: 'evaluasi_line',
        entityId: `${e.id}:${s.lineCode}`,
        before: presentLine(current),
        after: presentLine(row),
      });
      applied.push(s.lineCode);
    }
    return { applied };
  });
}

/** Links an already stored evidence file (e.g. a PD's monitoring evidence) to a line as reviewed. */
export async function addLineEvidence(
  db: Db,
  audit: AuditContext,
  instansiId: string,
  year: number,
  lineCode: string,
  file: { sha256: string; fileName: string },
) {
  return db.transaction(async (tx) => {
    const { evaluasi: e, config } = await load(tx, instansiId, year);
    assertOpen(e);
    if (!linesOf(config).some((x) => x.line.code === lineCode))
      throw notFound({ id: 'Baris LKE', en: 'LKE line' }, lineCode);
    if (!(await isEvidenceStored(tx, file.sha256))) throw notFound({ id: 'Bukti', en: 'Evidence' }, file.sha256);
    const linked = await repo.linkLineEvidence(tx, {
      evaluasiId: e.id,
      lineCode,
      sha256: file.sha256,
      instansiId,
      fileName: file.fileName,
      addedBy: audit.actor,
    });
    if (linked)
      await insertAuditEvent(tx, audit, {
        instansiId,
        action: 'evaluasi.evidence_add',
        entityType: 'evaluasi_line',
        entityId: `${e.id}:${lineCode}`,
        before: null,
        after: file,
      });
    return { sha256: file.sha256, alreadyAttached: !linked };
  });
}

export async function removeLineEvidence(
  db: Db,
  audit: AuditContext,
  instansiId: string,
  year: number,
  lineCode: string,
  sha256: string,
) {
  return db.transaction(async (tx) => {
    const { evaluasi: e } = await load(tx, instansiId, year);
    assertOpen(e);
    if (!(await repo.unlinkLineEvidence(tx, e.id, lineCode, sha256)))
      throw notFound({ id: 'Bukti', en: 'Evidence' }, sha256);
    await insertAuditEvent(tx, audit, {
      instansiId,
      action: 'evaluasi.evidence_remove',
      entityType: 'evaluasi_line',
      entityId: `${e.id}:${lineCode}`,
      before: { sha256 },
      after: null,
    });
    return { removed: sha256 };
  });
}

/** Closes the year: the index is frozen and recorded as the internal result in the history. */
export async function closeEvaluasi(db: Db, audit: AuditContext, instansiId: string, year: number, rowVersion: number) {
  return db.transaction(async (tx) => {
    const { evaluasi: e, config } = await load(tx, instansiId, year);
    assertOpen(e);
    const rows = await repo.listLines(tx, e.id);
    const result = scoreLke(config, inputsOf(e, rows));
    if (result.missing.length)
      throw new AppError(
        'EVALUASI_INCOMPLETE',
        `Masih ada ${result.missing.length} baris berlaku tanpa nilai (${result.missing.slice(0, 8).join(', ')}${result.missing.length > 8 ? ', …' : ''}). Isi atau tandai tidak berlaku sebelum menutup.`,
        `${result.missing.length} applicable lines have no value yet.`,
        undefined,
        { missing: result.missing },
      );
    const row = await repo.updateEvaluasi(
      tx,
      e.id,
      { status: 'closed', closedAt: new Date(), closedBy: audit.actor },
      rowVersion,
    );
    if (!row) throw staleWrite({ evaluasi: presentEvaluasi(e) });
    const history = await upsertInternalHistory(tx, instansiId, year, result);
    await insertAuditEvent(tx, audit, {
      instansiId,
      action: 'evaluasi.close',
      entityType: 'evaluasi',
      entityId: e.id,
      before: presentEvaluasi(e),
      after: { ...presentEvaluasi(row), indeks: result.indeks, predikat: result.predikat?.code ?? null, history },
    });
    return presentEvaluasi(row);
  });
}

async function upsertInternalHistory(tx: Tx, instansiId: string, year: number, result: ReturnType<typeof scoreLke>) {
  const existing = (await repo.listHistory(tx, instansiId)).find((h) => h.year === year && h.source === 'internal');
  if (existing) await repo.deleteHistory(tx, existing.id);
  const row = await repo.insertHistory(tx, {
    instansiId,
    year,
    source: 'internal',
    indeks: String(Math.round(result.indeks * 100) / 100),
    predikat: result.predikat?.code ?? '-',
    rbGeneral: String(Math.round(result.rbGeneralPenyesuaian * 100) / 100),
    rbTematik: String(Math.round(result.rbTematik * 100) / 100),
    note: 'Evaluasi internal APIP (ditutup)',
  });
  return { id: row.id, indeks: Number(row.indeks), predikat: row.predikat };
}

export async function reopenEvaluasi(
  db: Db,
  audit: AuditContext,
  instansiId: string,
  year: number,
  input: { reason: string; rowVersion: number },
) {
  return db.transaction(async (tx) => {
    const { evaluasi: e } = await load(tx, instansiId, year);
    if (e.status !== 'closed')
      throw new AppError('EVALUASI_NOT_CLOSED', `Evaluasi tahun ${year} belum ditutup.`, 'Not closed.');
    const row = await repo.updateEvaluasi(
      tx,
      e.id,
      { status: 'open', closedAt: null, closedBy: null },
      input.rowVersion,
    );
    if (!row) throw staleWrite({ evaluasi: presentEvaluasi(e) });
    await insertAuditEvent(tx, audit, {
      instansiId,
      action: 'evaluasi.reopen',
      entityType: 'evaluasi',
      entityId: e.id,
      before: presentEvaluasi(e),
      after: { ...presentEvaluasi(row), reason: input.reason },
    });
    return presentEvaluasi(row);
  });
}
