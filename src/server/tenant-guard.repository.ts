// Which instansi owns an object named by id in a request (the tenant guard's one query per kind).
// Answers only "does this id exist under another instansi", so a missing id still reaches the
// feature's own not-found answer.
import { and, inArray, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Tx } from '../db/client.ts';
import {
  evaluasiLineEvidence,
  indeksHistory,
  instansi,
  notification,
  pengaduan,
  periode,
  rapat,
  laporanKemajuan,
  keputusanRapat,
  pokja,
  realisasi,
  realisasiEvidence,
  rekomendasi,
  rencanaAksi,
  roadMap,
  roadMapVersion,
  tindakLanjut,
  tindakLanjutEvidence,
  keputusanBukti,
  rapatLampiran,
  reviu,
  sanggah,
  sanggahBukti,
  userAccount,
} from '../db/schema.ts';

export type OwnedKind =
  | 'version'
  | 'roadMap'
  | 'periode'
  | 'realisasi'
  | 'rekomendasi'
  | 'rencanaAksi'
  | 'tindakLanjut'
  | 'user'
  | 'notification'
  | 'indeksHistory'
  | 'evidence'
  | 'pengaduan'
  | 'rapat'
  | 'keputusan'
  | 'pokja'
  | 'laporan'
  | 'reviu'
  | 'sanggah';

type Owned = { table: PgTable; id: PgColumn; instansiId: PgColumn };

const TABLES: Record<Exclude<OwnedKind, 'evidence'>, Owned> = {
  version: { table: roadMapVersion, id: roadMapVersion.id, instansiId: roadMapVersion.instansiId },
  roadMap: { table: roadMap, id: roadMap.id, instansiId: roadMap.instansiId },
  periode: { table: periode, id: periode.id, instansiId: periode.instansiId },
  realisasi: { table: realisasi, id: realisasi.id, instansiId: realisasi.instansiId },
  rekomendasi: { table: rekomendasi, id: rekomendasi.id, instansiId: rekomendasi.instansiId },
  rencanaAksi: { table: rencanaAksi, id: rencanaAksi.id, instansiId: rencanaAksi.instansiId },
  tindakLanjut: { table: tindakLanjut, id: tindakLanjut.id, instansiId: tindakLanjut.instansiId },
  user: { table: userAccount, id: userAccount.id, instansiId: userAccount.instansiId },
  notification: { table: notification, id: notification.id, instansiId: notification.instansiId },
  indeksHistory: { table: indeksHistory, id: indeksHistory.id, instansiId: indeksHistory.instansiId },
  pengaduan: { table: pengaduan, id: pengaduan.id, instansiId: pengaduan.instansiId },
  rapat: { table: rapat, id: rapat.id, instansiId: rapat.instansiId },
  keputusan: { table: keputusanRapat, id: keputusanRapat.id, instansiId: keputusanRapat.instansiId },
  pokja: { table: pokja, id: pokja.id, instansiId: pokja.instansiId },
  laporan: { table: laporanKemajuan, id: laporanKemajuan.id, instansiId: laporanKemajuan.instansiId },
  reviu: { table: reviu, id: reviu.id, instansiId: reviu.instansiId },
  sanggah: { table: sanggah, id: sanggah.id, instansiId: sanggah.instansiId },
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The other owners of the ids that exist: the instansi (null: none) of each named row that is not
 * the request's. Empty when every id is the instansi's own or names nothing. An evidence file is
 * answered as owned by no one (it is shared on disk, see below).
 */
export async function otherOwners(
  tx: Tx,
  kind: OwnedKind,
  ids: string[],
  instansiId: string,
): Promise<(string | null)[]> {
  if (kind === 'evidence') return (await evidenceElsewhere(tx, ids, instansiId)) ? [null] : [];
  // A malformed id cannot name a row (and would make PostgreSQL refuse the uuid cast).
  const valid = ids.filter((i) => UUID.test(i));
  if (valid.length === 0) return [];
  const t = TABLES[kind];
  const other: SQL = or(ne(t.instansiId, instansiId), isNull(t.instansiId))!;
  const rows = await tx
    .selectDistinct({ owner: sql<string | null>`${t.instansiId}` })
    .from(t.table)
    .where(and(inArray(t.id, valid), other));
  return rows.map((r) => r.owner);
}

/** Every instansi with its parent: the tree a province's read-only access follows. */
export async function instansiTree(tx: Tx) {
  return tx.select({ id: instansi.id, parentId: instansi.parentId }).from(instansi);
}

/** A file is the instansi's when one of its own records links it; another instansi's file is not. */
async function evidenceElsewhere(tx: Tx, hashes: string[], instansiId: string): Promise<boolean> {
  const links = [
    realisasiEvidence,
    evaluasiLineEvidence,
    tindakLanjutEvidence,
    keputusanBukti,
    rapatLampiran,
    sanggahBukti,
  ] as const;
  let elsewhere = false;
  for (const link of links) {
    const rows = await tx
      .select({ own: sql<boolean>`bool_or(${link.instansiId} = ${instansiId})`, n: sql<number>`count(*)::int` })
      .from(link)
      .where(inArray(link.sha256, hashes));
    if (rows[0]?.own) return false;
    if ((rows[0]?.n ?? 0) > 0) elsewhere = true;
  }
  return elsewhere;
}
