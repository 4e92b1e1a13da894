// Perangkat daerah use cases: the list with what each unit is responsible for, and editing a unit.
import type { Db } from '../../../db/client.ts';
import type { PerangkatDaerah } from '../../../domain/roadmap/types.ts';
import { responsibilitiesByPd } from '../../../domain/roadmap/responsibilities.ts';
import { AppError, notFound, staleWrite } from '../../errors.ts';
import { insertAuditEvent, type AuditContext } from '../../audit-trail.repository.ts';
import type { z } from 'zod';
import type {
  PdList,
  updatePerangkatDaerah as updatePerangkatDaerahContract,
} from '../../../domain/contracts/perangkat-daerah.ts';
import * as roadmap from '../roadmap/roadmap.service.ts';

const PD = { id: 'Perangkat daerah', en: 'Perangkat daerah' };

export async function listWithResponsibilities(
  db: Db,
  instansiId: string,
  versionId: string | undefined,
): Promise<PdList> {
  const rows = await roadmap.listPerangkatDaerahWithRowVersions(db, instansiId);
  const vId = versionId ?? (await roadmap.currentVersionId(db, instansiId));
  const pds = rows.map((r) => r.pd);
  const rowVersion = new Map(rows.map((r) => [r.pd.key, r.rowVersion]));
  if (!vId)
    return {
      versionId: null,
      items: pds.map((pd) => ({ pd, lead: 0, supporting: 0, items: [], rowVersion: rowVersion.get(pd.key)! })),
    };
  const loaded = await roadmap.getVersion(db, vId);
  if (loaded.version.instansiId !== instansiId) throw notFound({ id: 'Versi road map', en: 'Road map version' }, vId);
  return {
    versionId: vId,
    items: responsibilitiesByPd(loaded.document, pds).map((x) => ({ ...x, rowVersion: rowVersion.get(x.pd.key)! })),
  };
}

export async function updatePerangkatDaerah(
  db: Db,
  audit: AuditContext,
  instansiId: string,
  key: string,
  input: Omit<PerangkatDaerah, 'key'>,
  rowVersion: number,
): Promise<z.output<typeof updatePerangkatDaerahContract.response>> {
  return db.transaction(async (tx) => {
    const row = await roadmap.findPerangkatDaerah(tx, instansiId, key);
    if (!row) throw notFound(PD, key);
    const before = row.pd;
    const next: PerangkatDaerah = { ...input, key };
    if (next.validFrom && next.validTo && next.validFrom > next.validTo) {
      throw new AppError('INVALID_DATA', 'Tanggal berlaku tidak valid.', 'Invalid validity dates.', [
        {
          field: 'validTo',
          code: 'DATE_BEFORE_START',
          message: 'Tanggal akhir berlaku tidak boleh sebelum tanggal mulai.',
        },
      ]);
    }
    if (next.predecessorKey) {
      if (next.predecessorKey === key || !(await roadmap.findPerangkatDaerah(tx, instansiId, next.predecessorKey))) {
        throw new AppError('INVALID_DATA', 'Pendahulu tidak valid.', 'Invalid predecessor.', [
          { field: 'predecessorKey', code: 'UNKNOWN_PD', message: 'Perangkat daerah pendahulu tidak dikenal.' },
        ]);
      }
    }
    if (row.rowVersion !== rowVersion) throw staleWrite({ perangkatDaerah: before, rowVersion: row.rowVersion });
    const ok = await roadmap.savePerangkatDaerah(tx, instansiId, next, rowVersion);
    if (!ok) throw staleWrite({ perangkatDaerah: before, rowVersion: row.rowVersion });
    await insertAuditEvent(tx, audit, {
      instansiId,
      action: 'perangkat_daerah.update',
      entityType: 'perangkat_daerah',
      entityId: key,
      before,
      after: next,
      pdKey: key,
    });
    return { perangkatDaerah: next, rowVersion: rowVersion + 1 };
  });
}
