// What is overdue in the monitoring round, for the dashboard and the STU's reminders: meeting
// follow-ups past their due day and complaints past their working-day deadline, as the reader may see
// them. A reminder goes to each owner (a PD, or the STU for follow-ups owned by a named person), in
// the app and by email when configured; one transaction, audited.
import type { Db } from '../../../db/client.ts';
import type { Terlambat } from '../../../domain/contracts/terlambat.ts';
import { formatDate } from '../../../domain/format/date.ts';
import type { RoleAssignment } from '../../../domain/permissions.ts';
import { todayWita } from '../../../domain/periods/periods.ts';
import { overdueByRecipient, reminderBody } from '../../../domain/terlambat/pengingat.ts';
import { insertAuditEvent, type AuditContext } from '../../audit-trail.repository.ts';
import { notify } from '../email/notify.ts';
import * as pengaduan from '../pengaduan/pengaduan.service.ts';
import * as keputusan from '../rapat/keputusan.service.ts';
import { listPerangkatDaerahOf } from '../roadmap/roadmap.service.ts';

/** Reads as the STU does: reminders are about every PD's items. */
const WHOLE_INSTANSI: readonly RoleAssignment[] = [{ role: 'koordinator_stu', pdKey: null }];

export async function terlambat(
  db: Db,
  roles: readonly RoleAssignment[],
  instansiId: string,
  now: Date = new Date(),
): Promise<Terlambat> {
  const today = todayWita(now);
  const [k, p] = await Promise.all([
    keputusan.overdue(db, roles, instansiId, today),
    pengaduan.overdue(db, roles, instansiId, today),
  ]);
  return {
    today,
    keputusan: k,
    pengaduan: {
      perPd: p.perPd,
      items: p.items.map((c) => ({
        id: c.id,
        nomorTiket: c.nomorTiket,
        ringkasan: c.ringkasan,
        pdKey: c.pdKey,
        status: c.status,
        dueDate: c.sla.dueDate,
      })),
    },
  };
}

export async function remind(db: Db, audit: AuditContext, instansiId: string, pdKeys: string[] | null) {
  const all = await terlambat(db, WHOLE_INSTANSI, instansiId);
  const pdName = new Map((await listPerangkatDaerahOf(db, instansiId)).map((p) => [p.key, p.shortName]));
  const groups = overdueByRecipient(all.keputusan, all.pengaduan.items).filter(
    (g) => pdKeys === null || pdKeys.includes(g.recipient ?? ''),
  );
  return db.transaction(async (tx) => {
    const reminded: { pdKey: string | null; body: string }[] = [];
    for (const g of groups) {
      const name = g.recipient === null ? 'STU' : (pdName.get(g.recipient) ?? g.recipient);
      const body = reminderBody(name, g, (d) => formatDate(d, 'id'));
      await notify(tx, {
        instansiId,
        pdKey: g.recipient,
        kind: 'terlambat_reminder',
        title: 'Pengingat tindak lanjut yang terlambat',
        body,
        link: g.keputusan.length ? '/rapat?tab=tindak-lanjut' : '/pengaduan',
      });
      reminded.push({ pdKey: g.recipient, body });
    }
    await insertAuditEvent(tx, audit, {
      instansiId,
      action: 'terlambat.remind',
      entityType: 'instansi',
      entityId: instansiId,
      before: null,
      after: { reminded: reminded.map((r) => r.pdKey ?? 'stu') },
    });
    return { reminded };
  });
}
