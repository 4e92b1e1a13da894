// LKE configurations: the shipped 2023 kabupaten/kota worksheet, listing, cloning for a new year
// and editing a clone. An edit is checked by the domain (weights, ranges, multipliers, bands) and
// refused once an evaluation scored on the configuration is closed, so a closed year's index can
// never change under it.
import type { Db, Tx } from '../../../db/client.ts';
import { lke2023KabKota } from '../../../domain/evaluasi/lke-2023-kabkota.ts';
import type { LkeConfig } from '../../../domain/evaluasi/lke-types.ts';
import { validateLkeConfig } from '../../../domain/evaluasi/lke-validate.ts';
import { AppError, notFound, staleWrite, invalidData } from '../../errors.ts';
import { insertAuditEvent, type AuditContext } from '../../audit-trail.repository.ts';
import * as repo from './evaluasi.repository.ts';
import type { EvaluasiStatus, LkeConfigRecord } from '../../../domain/contracts/evaluasi.ts';

const CONFIG = { id: 'Konfigurasi LKE', en: 'LKE configuration' };

export function presentConfig(row: repo.LkeConfigRow, usedBy: repo.EvaluasiRow[] = []): LkeConfigRecord {
  const definition = row.definition as LkeConfig;
  return {
    id: row.id,
    year: row.year,
    instansiKind: row.instansiKind,
    label: row.label,
    definition,
    clonedFromId: row.clonedFromId,
    rowVersion: row.rowVersion,
    usedBy: usedBy.map((e) => ({ year: e.year, status: e.status as EvaluasiStatus })),
    locked: usedBy.some((e) => e.status === 'closed'),
    findings: validateLkeConfig(definition),
  };
}

/** Loads the shipped configuration on first start (idempotent). */
export async function ensureShippedConfigs(tx: Tx, audit: AuditContext): Promise<void> {
  const shipped = lke2023KabKota();
  if (await repo.configForYear(tx, shipped.year, shipped.instansiKind).then((c) => c?.year === shipped.year)) return;
  const row = await repo.insertConfig(tx, {
    year: shipped.year,
    instansiKind: shipped.instansiKind,
    label: shipped.label,
    definition: shipped,
  });
  await insertAuditEvent(tx, audit, {
    instansiId: null,
    action: 'lke_config.create',
    entityType: 'lke_config',
    entityId: row.id,
    before: null,
    after: { year: row.year, instansiKind: row.instansiKind, label: row.label },
  });
}

export async function listConfigs(db: Db) {
  const rows = await repo.listConfigs(db);
  return Promise.all(rows.map(async (r) => presentConfig(r, await repo.evaluasiUsingConfig(db, r.id))));
}

export async function getConfig(db: Db, id: string) {
  const row = await repo.findConfig(db, id);
  if (!row) throw notFound(CONFIG, id);
  return presentConfig(row, await repo.evaluasiUsingConfig(db, id));
}

export async function cloneConfig(db: Db, audit: AuditContext, id: string, input: { year: number; label: string }) {
  return db.transaction(async (tx) => {
    const source = await repo.findConfig(tx, id);
    if (!source) throw notFound(CONFIG, id);
    const existing = await repo.configForYear(tx, input.year, source.instansiKind);
    if (existing && existing.year === input.year) {
      throw new AppError(
        'LKE_CONFIG_EXISTS',
        `Konfigurasi LKE tahun ${input.year} untuk jenis instansi ini sudah ada.`,
        `An LKE configuration for ${input.year} already exists for this instansi kind.`,
        [{ field: 'year', code: 'LKE_CONFIG_EXISTS', message: `Tahun ${input.year} sudah memiliki konfigurasi.` }],
      );
    }
    const definition: LkeConfig = { ...(source.definition as LkeConfig), year: input.year, label: input.label };
    const row = await repo.insertConfig(tx, {
      year: input.year,
      instansiKind: source.instansiKind,
      label: input.label,
      definition,
      clonedFromId: source.id,
    });
    const out = presentConfig(row);
    await insertAuditEvent(tx, audit, {
      instansiId: null,
      action: 'lke_config.clone',
      entityType: 'lke_config',
      entityId: row.id,
      before: null,
      after: { year: row.year, label: row.label, clonedFromId: source.id, definition },
    });
    return out;
  });
}

export async function updateConfig(
  db: Db,
  audit: AuditContext,
  id: string,
  input: { definition: LkeConfig; rowVersion: number },
) {
  return db.transaction(async (tx) => {
    const current = await repo.findConfig(tx, id);
    if (!current) throw notFound(CONFIG, id);
    const usedBy = await repo.evaluasiUsingConfig(tx, id);
    const closed = usedBy.filter((e) => e.status === 'closed');
    if (closed.length) {
      throw new AppError(
        'LKE_CONFIG_LOCKED',
        `Konfigurasi ini dipakai evaluasi tahun ${closed.map((e) => e.year).join(', ')} yang sudah ditutup dan tidak dapat diubah. Salin untuk tahun baru.`,
        'The configuration is used by a closed evaluation and cannot be changed. Clone it for a new year.',
      );
    }
    // Year and kind identify the configuration; an edit cannot move it to another year.
    const definition: LkeConfig = {
      ...input.definition,
      year: current.year,
      instansiKind: current.instansiKind as LkeConfig['instansiKind'],
    };
    const findings = validateLkeConfig(definition);
    if (findings.length)
      throw invalidData(
        findings.map((f) => ({ field: `definition.${f.where}`, code: f.code, message: f.message })),
        { findings },
      );
    const row = await repo.updateConfig(tx, id, { label: definition.label, definition }, input.rowVersion);
    if (!row) throw staleWrite(presentConfig(current, usedBy));
    await insertAuditEvent(tx, audit, {
      instansiId: null,
      action: 'lke_config.update',
      entityType: 'lke_config',
      entityId: id,
      before: { label: current.label, definition: current.definition },
      after: { label: row.label, definition },
    });
    return presentConfig(row, usedBy);
  });
}
